/* ct-date.h: dates as news states them: to the day, the month, the year, or with the year unknown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CT_PRECISION_NONE,
  CT_PRECISION_YEAR,
  CT_PRECISION_MONTH,
  CT_PRECISION_DAY,
} CtPrecision;

typedef struct
{
  gint year;              /* 0 when the text does not tell */
  gint month;
  gint day;
  CtPrecision precision;
} CtDate;

typedef struct
{
  gsize start;            /* character offsets of the expression */
  gsize end;
  CtDate date;
  CtDate end_date;        /* CT_PRECISION_NONE unless a range */
  gboolean on_or_before;  /* 日前, 近日: some day up to the reference date */
  gboolean states_year;   /* the expression itself names the year */
} CtDateMention;

#define CT_DATE_NONE ((CtDate) { 0, 0, 0, CT_PRECISION_NONE })

GArray   *ct_dates_find        (const gunichar *text,
                                gsize           length,
                                const CtDate   *reference);
char     *ct_date_format       (const CtDate   *date);
gboolean  ct_date_parse        (const char     *text,
                                CtDate         *date);
CtDate    ct_date_truncate     (const CtDate   *date,
                                CtPrecision     precision);
void      ct_date_month_span   (const CtDate   *date,
                                double         *first,
                                double         *last);
gint      ct_date_compare      (const CtDate   *a,
                                const CtDate   *b);

G_END_DECLS
