/*
 * Options and helpers shared by hpcsim's MPI calibration benchmarks (ping-pong latency,
 * windowed bandwidth, allreduce sweep). Written for hpcsim; the defaults follow the OSU
 * Micro-Benchmarks so that results compare with osu_latency, osu_bw and osu_allreduce.
 */
#ifndef HPCSIM_BENCH_OPTIONS_H
#define HPCSIM_BENCH_OPTIONS_H

#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Messages above this many bytes count as large: fewer iterations and warm-ups (as OSU). */
#define LARGE_MESSAGE_BYTES 8192
/* OSU's default largest message, 4 MiB. */
#define DEFAULT_MAX_BYTES (1L << 22)

struct bench_options {
    long min_bytes;
    long max_bytes;
    long iterations;       /* timed iterations per small message */
    long skip;             /* untimed warm-up iterations per small message */
    long iterations_large; /* timed iterations per large message */
    long skip_large;       /* untimed warm-up iterations per large message */
    long window;           /* messages in flight per bandwidth iteration */
};

static inline void bench_usage(const char *program)
{
    int rank = 0;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    if (rank != 0) {
        return; /* every rank parses the same options: one complaint is enough */
    }
    fprintf(stderr,
            "usage: %s [-m [MIN:]MAX] [-i ITER] [-x SKIP] [-I ITER_LARGE] [-X SKIP_LARGE] [-W WINDOW]\n"
            "  sizes in bytes, powers of two from MIN to MAX; messages over %d bytes are large\n",
            program, LARGE_MESSAGE_BYTES);
}

/* Says what is wrong (once, from rank 0), how to call the program, and stops every rank. */
static inline void bench_fail(const char *program, const char *problem, const char *flag, const char *text)
{
    int rank = 0;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    if (rank == 0) {
        fprintf(stderr, "%s: %s%s'%s'\n", program, flag, problem, text);
    }
    bench_usage(program);
    MPI_Abort(MPI_COMM_WORLD, 2);
}

static inline long bench_number(const char *program, const char *flag, const char *text, long least)
{
    char *end = NULL;
    long v = strtol(text, &end, 10);
    if (end == text || *end != '\0' || v < least) {
        char problem[64];
        snprintf(problem, sizeof problem, ": expected a whole number >= %ld, got ", least);
        bench_fail(program, problem, flag, text);
    }
    return v;
}

/* Fills *o from argv over the given defaults; a bad option aborts every rank with a message. */
static inline void bench_parse(int argc, char **argv, struct bench_options *o)
{
    for (int a = 1; a < argc; a++) {
        const char *flag = argv[a];
        if (a + 1 >= argc || flag[0] != '-' || flag[1] == '\0' || flag[2] != '\0') {
            bench_fail(argv[0], "unknown or incomplete option ", "", flag);
        }
        const char *value = argv[++a];
        switch (flag[1]) {
            case 'm': {
                const char *colon = strchr(value, ':');
                if (colon != NULL) {
                    char low[32];
                    size_t n = (size_t)(colon - value);
                    if (n == 0 || n >= sizeof low) {
                        bench_fail(argv[0], ": expected [MIN:]MAX, got ", "-m", value);
                    }
                    memcpy(low, value, n);
                    low[n] = '\0';
                    o->min_bytes = bench_number(argv[0], "-m MIN", low, 0);
                    value = colon + 1;
                }
                o->max_bytes = bench_number(argv[0], "-m MAX", value, o->min_bytes > 0 ? o->min_bytes : 1);
                break;
            }
            case 'i': o->iterations = bench_number(argv[0], "-i", value, 1); break;
            case 'x': o->skip = bench_number(argv[0], "-x", value, 0); break;
            case 'I': o->iterations_large = bench_number(argv[0], "-I", value, 1); break;
            case 'X': o->skip_large = bench_number(argv[0], "-X", value, 0); break;
            case 'W': o->window = bench_number(argv[0], "-W", value, 1); break;
            default:
                bench_fail(argv[0], "unknown option ", "", flag);
        }
    }
}

/* Timed iterations and warm-ups for a message of size bytes: fewer for large ones (as OSU). */
static inline void bench_counts(const struct bench_options *o, long size, long *iterations, long *skip)
{
    *iterations = size > LARGE_MESSAGE_BYTES ? o->iterations_large : o->iterations;
    *skip = size > LARGE_MESSAGE_BYTES ? o->skip_large : o->skip;
}

/* The next size of the sweep: powers of two, starting from 1 after a zero-byte message. */
static inline long bench_next_size(long size)
{
    return size == 0 ? 1 : size * 2;
}

/* Comment lines every benchmark prints first: which MPI library ran it, on how many ranks. */
static inline void bench_print_preamble(const char *title, int ranks)
{
    char library[MPI_MAX_LIBRARY_VERSION_STRING];
    int length = 0;
    MPI_Get_library_version(library, &length);
    /* Libraries put build details on later lines; the first names the library and version. */
    char *newline = strchr(library, '\n');
    if (newline != NULL) {
        *newline = '\0';
    }
    printf("# %s\n", title);
    printf("# MPI library: %s\n", library);
    printf("# Ranks: %d\n", ranks);
}

/*
 * Starts MPI, reads the flags into o (whose fields hold the program's defaults) and checks that at
 * least min_ranks ranks run; with fewer, rank 0 says so and the program ends with status 1.
 */
static inline void bench_start(int *argc, char ***argv, struct bench_options *o, int min_ranks, int *rank,
                               int *ranks)
{
    MPI_Init(argc, argv);
    MPI_Comm_rank(MPI_COMM_WORLD, rank);
    MPI_Comm_size(MPI_COMM_WORLD, ranks);
    bench_parse(*argc, *argv, o);
    if (*ranks < min_ranks) {
        if (*rank == 0) {
            fprintf(stderr, "%s: needs at least %d ranks, got %d\n", (*argv)[0], min_ranks, *ranks);
        }
        MPI_Finalize();
        exit(1);
    }
}

/* Page-aligned buffer, so small messages never straddle a page boundary by chance. */
static inline char *bench_buffer(long bytes)
{
    void *p = NULL;
    if (posix_memalign(&p, 4096, (size_t)(bytes > 0 ? bytes : 1)) != 0) {
        fprintf(stderr, "cannot allocate %ld bytes\n", bytes);
        MPI_Abort(MPI_COMM_WORLD, 3);
    }
    memset(p, 'a', (size_t)(bytes > 0 ? bytes : 1));
    return (char *)p;
}

#endif
