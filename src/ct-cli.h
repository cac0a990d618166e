/* ct-cli.h: what cityties does without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ct_cli_default_project_path (void);
char *ct_cli_prepare_project      (const char         *project,
                                   GError            **error);
int   ct_cli_extract              (const char * const *files);
int   ct_cli_import               (const char         *project,
                                   const char * const *paths);
typedef struct
{
  const char *layout;
  double scale;
  gboolean legend;
  const char *from;   /* 2024, 2024-09 or 2024-09-23; NULL for no limit */
  const char *to;
} CtCliExport;

int   ct_cli_export               (const char         *project,
                                   const char         *output,
                                   const CtCliExport  *options);
int   ct_cli_summary              (const char         *project);
int   ct_cli_reextract            (const char         *project);

G_END_DECLS
