/* ct-resources.h: the data compiled into the binary (gazetteer, bundled corpus, lexicons)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CT_RESOURCE_PREFIX "/io/github/cityties/CityTies/"

void    ct_resources_ensure_registered (void);
GBytes *ct_resources_lookup            (const char *name);
GStrv   ct_resources_list_corpus       (void);

G_END_DECLS
