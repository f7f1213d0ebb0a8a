/*
 * STREAM-like triad a = b + q c over doubles (24 bytes and 2 FLOPs per element), for measuring
 * the memory bandwidth one NUMA node's cores get from one node's memory: `hpcsim calibrate run`
 * starts it under `numactl --cpunodebind=CPU --membind=MEM` for every pair. Threads come from
 * OpenMP when compiled with it. Like STREAM, the best time of all repetitions but the first
 * counts. The row format matches the GPU benchmarks'. Written for hpcsim.
 * Options: -n ELEMENTS, -r REPETITIONS, -c CPU_NODE and -m MEMORY_NODE (labels to print).
 */
#define _POSIX_C_SOURCE 200112L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef _OPENMP
#include <omp.h>
#endif

static long option(int argc, char **argv, const char *flag, long fallback, long least)
{
    for (int a = 1; a + 1 < argc; a++) {
        if (strcmp(argv[a], flag) == 0) {
            char *end = NULL;
            long v = strtol(argv[a + 1], &end, 10);
            if (end == argv[a + 1] || *end != '\0' || v < least) {
                fprintf(stderr, "%s: %s: expected a whole number >= %ld, got '%s'\n", argv[0], flag, least,
                        argv[a + 1]);
                exit(2);
            }
            return v;
        }
    }
    return fallback;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

int main(int argc, char **argv)
{
    /* 2^25 doubles, 256 MiB per array: far past the last-level cache of today's CPUs, as STREAM asks. */
    long n = option(argc, argv, "-n", 1L << 25, 1);
    long repetitions = option(argc, argv, "-r", 10, 2);
    long cpu_node = option(argc, argv, "-c", -1, -1);
    long memory_node = option(argc, argv, "-m", -1, -1);
    double *a = malloc(sizeof(double) * (size_t)n);
    double *b = malloc(sizeof(double) * (size_t)n);
    double *c = malloc(sizeof(double) * (size_t)n);
    if (a == NULL || b == NULL || c == NULL) {
        fprintf(stderr, "%s: cannot allocate 3 arrays of %ld doubles\n", argv[0], n);
        return 1;
    }
    /* First touch places the pages: in parallel, with the threads that will use them. */
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; i++) {
        a[i] = 1.0;
        b[i] = 2.0;
        c[i] = 0.5;
    }
    int threads = 1;
#ifdef _OPENMP
    threads = omp_get_max_threads();
#endif
    const double q = 3.0;
    double best = 1e30;
    for (long r = 0; r < repetitions; r++) {
        double start = now();
#pragma omp parallel for schedule(static)
        for (long i = 0; i < n; i++) {
            a[i] = b[i] + q * c[i];
        }
        double seconds = now() - start;
        if (r > 0 && seconds < best) {
            best = seconds;
        }
    }
    if (a[n - 1] != 3.5 || a[0] != 3.5) {
        fprintf(stderr, "%s: wrong result %g, expected 3.5\n", argv[0], a[n - 1]);
        return 1;
    }
    printf("# hpcsim calibrate numa triad (STREAM-like, a = b + q c, doubles)\n");
    printf("# CPU node: %ld\n", cpu_node);
    printf("# Memory node: %ld\n", memory_node);
    printf("# Threads: %d\n", threads);
    printf("# Repetitions: %ld (best of all but the first)\n", repetitions);
    printf("%-10s%16s%20s%20s%20s\n", "# Kernel", "Elements", "Bytes", "FLOPs", "Best time (s)");
    printf("%-10s%16ld%20.0f%20.0f%20.9e\n", "triad", n, 3.0 * sizeof(double) * (double)n, 2.0 * (double)n, best);
    free(a);
    free(b);
    free(c);
    return 0;
}
