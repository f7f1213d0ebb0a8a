/*
 * STREAM-like copy (c = a, 16 bytes per element) and triad (a = b + q c, 24 bytes and 2 FLOPs per
 * element) over doubles in device memory: the achievable memory bandwidth of the roofline.
 * Written for hpcsim calibrate. Options: -n ELEMENTS, -r REPETITIONS.
 */
#include "gpu_common.h"

__global__ void copy(const double *a, double *c, long n)
{
    long i = (long)blockIdx.x * blockDim.x + threadIdx.x;
    long stride = (long)gridDim.x * blockDim.x;
    for (; i < n; i += stride) {
        c[i] = a[i];
    }
}

__global__ void triad(double *a, const double *b, const double *c, double q, long n)
{
    long i = (long)blockIdx.x * blockDim.x + threadIdx.x;
    long stride = (long)gridDim.x * blockDim.x;
    for (; i < n; i += stride) {
        a[i] = b[i] + q * c[i];
    }
}

int main(int argc, char **argv)
{
    long n = gpu_option(argc, argv, "-n", 1L << 27, 1);
    long repetitions = gpu_option(argc, argv, "-r", GPU_DEFAULT_REPETITIONS, 2);
    double *a, *b, *c;
    GPU_CHECK(cudaMalloc(&a, sizeof(double) * n));
    GPU_CHECK(cudaMalloc(&b, sizeof(double) * n));
    GPU_CHECK(cudaMalloc(&c, sizeof(double) * n));
    int threads = GPU_THREADS;
    int blocks = gpu_blocks(n);
    fill<<<blocks, threads>>>(a, n, 1.0);
    fill<<<blocks, threads>>>(b, n, 2.0);
    fill<<<blocks, threads>>>(c, n, 0.5);
    GPU_CHECK(cudaGetLastError());
    GPU_CHECK(cudaDeviceSynchronize());
    gpu_preamble("gpu stream (copy c = a; triad a = b + q c; doubles)");
    cudaEvent_t start, stop;
    GPU_CHECK(cudaEventCreate(&start));
    GPU_CHECK(cudaEventCreate(&stop));
    double best_copy = 1e30;
    double best_triad = 1e30;
    const double q = 3.0;
    for (long r = 0; r < repetitions; r++) {
        GPU_CHECK(cudaEventRecord(start));
        copy<<<blocks, threads>>>(a, c, n);
        GPU_CHECK(cudaEventRecord(stop));
        double s = gpu_elapsed_ms(start, stop) / 1e3;
        if (r > 0 && s < best_copy) {
            best_copy = s;
        }
        GPU_CHECK(cudaEventRecord(start));
        triad<<<blocks, threads>>>(a, b, c, q, n);
        GPU_CHECK(cudaEventRecord(stop));
        s = gpu_elapsed_ms(start, stop) / 1e3;
        if (r > 0 && s < best_triad) {
            best_triad = s;
        }
        GPU_CHECK(cudaGetLastError());
    }
    /* Each pair sets c = a, then a = 2 + 3 a: from a = 1, a = 2 * 3^r - 1 after r pairs, exact in
       doubles while 3^r stays below 2^53 (r <= 33). */
    double check = 0.0;
    GPU_CHECK(cudaMemcpy(&check, a + n - 1, sizeof(double), cudaMemcpyDeviceToHost));
    double expected = 1.0;
    for (long r = 0; r < repetitions; r++) {
        expected = 2.0 + q * expected;
    }
    if (repetitions <= 33 && check != expected) {
        fprintf(stderr, "%s: wrong result %g, expected %g\n", argv[0], check, expected);
        return 1;
    }
    gpu_row("copy", n, 2.0 * sizeof(double) * n, 0.0, best_copy);
    gpu_row("triad", n, 3.0 * sizeof(double) * n, 2.0 * n, best_triad);
    GPU_CHECK(cudaFree(a));
    GPU_CHECK(cudaFree(b));
    GPU_CHECK(cudaFree(c));
    return 0;
}
