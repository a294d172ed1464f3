/* ts-bench-utils.h: shared by the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdlib.h>

static inline int
ts_bench_compare_doubles (const void *a,
                          const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of @n samples; sorts them. */
static inline double
ts_bench_median (double       *samples,
                 unsigned int  n)
{
  qsort (samples, n, sizeof (double), ts_bench_compare_doubles);
  return samples[n / 2];
}
