/*
 * Ping-pong latency between ranks 0 and 1, printed in osu_latency's layout: one row per message
 * size, the one-way latency in microseconds (half the average round trip). Written for hpcsim.
 * Other ranks, if any, only wait at the barriers.
 */
#define _POSIX_C_SOURCE 200112L
#include "bench_options.h"

int main(int argc, char **argv)
{
    /* osu_latency's defaults: 10000 timed round trips after 100 warm-ups, 1000 after 10 when large. */
    struct bench_options o = {0, DEFAULT_MAX_BYTES, 10000, 100, 1000, 10, 1};
    int rank = 0;
    int ranks = 0;
    bench_start(&argc, &argv, &o, 2, &rank, &ranks);
    char *send = bench_buffer(o.max_bytes);
    char *recv = bench_buffer(o.max_bytes);
    if (rank == 0) {
        bench_print_preamble("OSU MPI Latency Test (layout of osu_latency; hpcsim calibrate ping-pong)", 2);
        printf("# Datatype: MPI_CHAR.\n");
        printf("%-10s%20s\n", "# Size", "Latency (us)");
        fflush(stdout);
    }
    for (long size = o.min_bytes; size <= o.max_bytes; size = bench_next_size(size)) {
        long iterations = 0;
        long skip = 0;
        bench_counts(&o, size, &iterations, &skip);
        double start = 0.0;
        MPI_Barrier(MPI_COMM_WORLD);
        if (rank == 0) {
            for (long i = 0; i < iterations + skip; i++) {
                if (i == skip) {
                    start = MPI_Wtime();
                }
                MPI_Send(send, (int)size, MPI_CHAR, 1, 1, MPI_COMM_WORLD);
                MPI_Recv(recv, (int)size, MPI_CHAR, 1, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            }
            double elapsed = MPI_Wtime() - start;
            printf("%-10ld%20.3f\n", size, elapsed * 1e6 / (2.0 * (double)iterations));
            fflush(stdout);
        } else if (rank == 1) {
            for (long i = 0; i < iterations + skip; i++) {
                MPI_Recv(recv, (int)size, MPI_CHAR, 0, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
                MPI_Send(send, (int)size, MPI_CHAR, 0, 1, MPI_COMM_WORLD);
            }
        }
    }
    free(send);
    free(recv);
    MPI_Finalize();
    return 0;
}
