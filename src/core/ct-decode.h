/* ct-decode.h: bytes of a document to UTF-8, or a reason why not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CT_DECODE_ERROR (ct_decode_error_quark ())

typedef enum
{
  CT_DECODE_ERROR_EMPTY,
  CT_DECODE_ERROR_BINARY,
  CT_DECODE_ERROR_UNKNOWN_ENCODING,
  CT_DECODE_ERROR_TOO_LARGE,
} CtDecodeError;

/* Larger files are not news articles; refusing them keeps memory bounded. */
#define CT_DECODE_MAX_SIZE (20 * 1024 * 1024)

GQuark  ct_decode_error_quark (void);
char   *ct_decode             (const guint8  *data,
                               gsize          size,
                               const char    *charset_hint,
                               const char   **encoding,
                               GError       **error);
char   *ct_decode_sniff_charset (const guint8 *data,
                                 gsize         size);

G_END_DECLS
