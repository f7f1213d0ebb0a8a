/*
 * Single-precision matrix multiply C = A B of N x N matrices, two ways: naive (one thread per
 * element of C, reading A and B from global memory) and tiled (blocks of A and B staged in shared
 * memory), so the roofline shows what data reuse buys. FLOPs = 2 N^3; bytes = the compulsory
 * 3 N^2 floats (read A and B, write C). Written for hpcsim calibrate. Options: -n N, -r REPETITIONS.
 */
#include "gpu_common.h"

#define TILE 32

__global__ void gemm_naive(const float *a, const float *b, float *c, int n)
{
    int row = blockIdx.y * blockDim.y + threadIdx.y;
    int col = blockIdx.x * blockDim.x + threadIdx.x;
    if (row < n && col < n) {
        float sum = 0.0f;
        for (int k = 0; k < n; k++) {
            sum += a[(long)row * n + k] * b[(long)k * n + col];
        }
        c[(long)row * n + col] = sum;
    }
}

__global__ void gemm_tiled(const float *a, const float *b, float *c, int n)
{
    __shared__ float ta[TILE][TILE];
    __shared__ float tb[TILE][TILE];
    int row = blockIdx.y * TILE + threadIdx.y;
    int col = blockIdx.x * TILE + threadIdx.x;
    float sum = 0.0f;
    /* n is a multiple of TILE (main rounds it up), so every tile is full. */
    for (int t = 0; t < n; t += TILE) {
        ta[threadIdx.y][threadIdx.x] = a[(long)row * n + t + threadIdx.x];
        tb[threadIdx.y][threadIdx.x] = b[(long)(t + threadIdx.y) * n + col];
        __syncthreads();
        for (int k = 0; k < TILE; k++) {
            sum += ta[threadIdx.y][k] * tb[k][threadIdx.x];
        }
        __syncthreads();
    }
    c[(long)row * n + col] = sum;
}

/* Small multiples of 0.5: every product and every partial sum is exact in floats (below 2^24). */
static float value_a(long i, long k) { return (float)((i + 2 * k) % 4) * 0.5f; }
static float value_b(long k, long j) { return (float)((3 * k + j) % 4) * 0.5f; }

int main(int argc, char **argv)
{
    long requested = gpu_option(argc, argv, "-n", 4096, 1);
    long repetitions = gpu_option(argc, argv, "-r", 5, 2);
    int n = (int)((requested + TILE - 1) / TILE * TILE);
    size_t bytes = sizeof(float) * (size_t)n * (size_t)n;
    float *ha = (float *)malloc(bytes);
    float *hb = (float *)malloc(bytes);
    float *hc = (float *)malloc(bytes);
    if (ha == NULL || hb == NULL || hc == NULL) {
        fprintf(stderr, "%s: cannot allocate host matrices of %d x %d\n", argv[0], n, n);
        return 1;
    }
    for (long i = 0; i < n; i++) {
        for (long j = 0; j < n; j++) {
            ha[i * n + j] = value_a(i, j);
            hb[i * n + j] = value_b(i, j);
        }
    }
    float *a, *b, *c;
    GPU_CHECK(cudaMalloc(&a, bytes));
    GPU_CHECK(cudaMalloc(&b, bytes));
    GPU_CHECK(cudaMalloc(&c, bytes));
    GPU_CHECK(cudaMemcpy(a, ha, bytes, cudaMemcpyHostToDevice));
    GPU_CHECK(cudaMemcpy(b, hb, bytes, cudaMemcpyHostToDevice));
    gpu_preamble("gpu gemm (single precision, naive and shared-memory tiled)");
    cudaEvent_t start, stop;
    GPU_CHECK(cudaEventCreate(&start));
    GPU_CHECK(cudaEventCreate(&stop));
    dim3 threads(TILE, TILE);
    dim3 blocks(n / TILE, n / TILE);
    double flops = 2.0 * (double)n * (double)n * (double)n;
    for (int tiled = 0; tiled <= 1; tiled++) {
        double best = 1e30;
        GPU_CHECK(cudaMemset(c, 0, bytes));
        for (long r = 0; r < repetitions; r++) {
            GPU_CHECK(cudaEventRecord(start));
            if (tiled) {
                gemm_tiled<<<blocks, threads>>>(a, b, c, n);
            } else {
                gemm_naive<<<blocks, threads>>>(a, b, c, n);
            }
            GPU_CHECK(cudaEventRecord(stop));
            double s = gpu_elapsed_ms(start, stop) / 1e3;
            GPU_CHECK(cudaGetLastError());
            if (r > 0 && s < best) {
                best = s;
            }
        }
        GPU_CHECK(cudaMemcpy(hc, c, bytes, cudaMemcpyDeviceToHost));
        /* A few entries against the host: a wrong kernel must not report a speed. */
        for (long probe = 0; probe < 16; probe++) {
            long i = (probe * 7919) % n;
            long j = (probe * 104729 + 13) % n;
            double expected = 0.0;
            for (long k = 0; k < n; k++) {
                expected += (double)value_a(i, k) * (double)value_b(k, j);
            }
            if ((double)hc[i * n + j] != expected) {
                fprintf(stderr, "%s: %s gemm is wrong at (%ld, %ld): %g, expected %g\n", argv[0],
                        tiled ? "tiled" : "naive", i, j, (double)hc[i * n + j], expected);
                return 1;
            }
        }
        gpu_row(tiled ? "gemm_tiled" : "gemm_naive", n, 3.0 * (double)bytes, flops, best);
    }
    GPU_CHECK(cudaFree(a));
    GPU_CHECK(cudaFree(b));
    GPU_CHECK(cudaFree(c));
    free(ha);
    free(hb);
    free(hc);
    return 0;
}
