/*
 * Streaming bandwidth from rank 0 to rank 1, printed in osu_bw's layout: for each message size,
 * rank 0 posts a window of non-blocking sends, rank 1 a window of matching receives, and rank 1
 * answers each window with a short acknowledgement; bandwidth in MB/s (10^6 bytes per second).
 * Written for hpcsim. Other ranks, if any, only wait at the barriers.
 */
#define _POSIX_C_SOURCE 200112L
#include "bench_options.h"

int main(int argc, char **argv)
{
    /* osu_bw's defaults: 100 timed windows after 10 warm-ups, 20 after 2 when large, 64 messages each. */
    struct bench_options o = {1, DEFAULT_MAX_BYTES, 100, 10, 20, 2, 64};
    int rank = 0;
    int ranks = 0;
    bench_start(&argc, &argv, &o, 2, &rank, &ranks);
    if (o.min_bytes < 1) {
        o.min_bytes = 1; /* a bandwidth of empty messages means nothing */
    }
    char *send = bench_buffer(o.max_bytes);
    char *recv = bench_buffer(o.max_bytes);
    char ack[4] = {0};
    MPI_Request *requests = malloc(sizeof(MPI_Request) * (size_t)o.window);
    if (requests == NULL) {
        MPI_Abort(MPI_COMM_WORLD, 3);
    }
    if (rank == 0) {
        bench_print_preamble("OSU MPI Bandwidth Test (layout of osu_bw; hpcsim calibrate streaming bandwidth)", 2);
        printf("# Window: %ld messages\n", o.window);
        printf("# Datatype: MPI_CHAR.\n");
        printf("%-10s%20s\n", "# Size", "Bandwidth (MB/s)");
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
                for (long w = 0; w < o.window; w++) {
                    MPI_Isend(send, (int)size, MPI_CHAR, 1, 100, MPI_COMM_WORLD, &requests[w]);
                }
                MPI_Waitall((int)o.window, requests, MPI_STATUSES_IGNORE);
                MPI_Recv(ack, 4, MPI_CHAR, 1, 101, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            }
            double elapsed = MPI_Wtime() - start;
            double bytes = (double)size * (double)iterations * (double)o.window;
            printf("%-10ld%20.2f\n", size, bytes / 1e6 / elapsed);
            fflush(stdout);
        } else if (rank == 1) {
            for (long i = 0; i < iterations + skip; i++) {
                for (long w = 0; w < o.window; w++) {
                    MPI_Irecv(recv, (int)size, MPI_CHAR, 0, 100, MPI_COMM_WORLD, &requests[w]);
                }
                MPI_Waitall((int)o.window, requests, MPI_STATUSES_IGNORE);
                MPI_Send(ack, 4, MPI_CHAR, 0, 101, MPI_COMM_WORLD);
            }
        }
    }
    free(requests);
    free(send);
    free(recv);
    MPI_Finalize();
    return 0;
}
