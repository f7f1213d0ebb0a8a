/*
 * MPI_Allreduce latency over a sweep of message sizes, printed in osu_allreduce's full layout
 * (-f): average, minimum and maximum over the ranks of each rank's mean time per call, and the
 * iteration count. Floats summed; sizes from 4 bytes (one float). Written for hpcsim.
 */
#define _POSIX_C_SOURCE 200112L
#include "bench_options.h"

int main(int argc, char **argv)
{
    /* osu_allreduce's defaults: 1000 timed calls after 100 warm-ups, 100 after 10 when large. */
    struct bench_options o = {4, DEFAULT_MAX_BYTES, 1000, 100, 100, 10, 1};
    int rank = 0;
    int ranks = 0;
    bench_start(&argc, &argv, &o, 1, &rank, &ranks);
    if (o.min_bytes < (long)sizeof(float)) {
        o.min_bytes = (long)sizeof(float);
    }
    float *send = (float *)bench_buffer(o.max_bytes);
    float *recv = (float *)bench_buffer(o.max_bytes);
    for (long i = 0; i < o.max_bytes / (long)sizeof(float); i++) {
        send[i] = 1.0f;
    }
    if (rank == 0) {
        bench_print_preamble("OSU MPI Allreduce Latency Test (layout of osu_allreduce -f; hpcsim calibrate)", ranks);
        printf("# Datatype: MPI_FLOAT. Operation: MPI_SUM.\n");
        printf("%-10s%20s%20s%20s%12s\n", "# Size", "Avg Latency(us)", "Min Latency(us)", "Max Latency(us)",
               "Iterations");
        fflush(stdout);
    }
    for (long size = o.min_bytes; size <= o.max_bytes; size *= 2) {
        long iterations = 0;
        long skip = 0;
        bench_counts(&o, size, &iterations, &skip);
        int count = (int)(size / (long)sizeof(float));
        double spent = 0.0;
        MPI_Barrier(MPI_COMM_WORLD);
        for (long i = 0; i < iterations + skip; i++) {
            double start = MPI_Wtime();
            MPI_Allreduce(send, recv, count, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
            double stop = MPI_Wtime();
            if (i >= skip) {
                spent += stop - start;
            }
            /* Each call starts together, so a slow rank's lag is not carried into the next one. */
            MPI_Barrier(MPI_COMM_WORLD);
        }
        double mean = spent * 1e6 / (double)iterations;
        double low = 0.0;
        double high = 0.0;
        double sum = 0.0;
        MPI_Reduce(&mean, &low, 1, MPI_DOUBLE, MPI_MIN, 0, MPI_COMM_WORLD);
        MPI_Reduce(&mean, &high, 1, MPI_DOUBLE, MPI_MAX, 0, MPI_COMM_WORLD);
        MPI_Reduce(&mean, &sum, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);
        if (rank == 0) {
            if (recv[0] != (float)ranks) {
                fprintf(stderr, "%s: wrong sum at %ld bytes: %g, expected %d\n", argv[0], size, recv[0], ranks);
                MPI_Abort(MPI_COMM_WORLD, 4);
            }
            printf("%-10ld%20.3f%20.3f%20.3f%12ld\n", size, sum / ranks, low, high, iterations);
            fflush(stdout);
        }
    }
    free(send);
    free(recv);
    MPI_Finalize();
    return 0;
}
