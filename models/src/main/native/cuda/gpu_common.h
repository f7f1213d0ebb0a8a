/*
 * Helpers shared by hpcsim's CUDA calibration benchmarks: error checks, a preamble naming the
 * device and driver, event timing, and the one row format every benchmark prints
 * ("kernel elements bytes flops best-seconds"), which `hpcsim calibrate fit` reads. Written for hpcsim.
 */
#ifndef HPCSIM_GPU_COMMON_H
#define HPCSIM_GPU_COMMON_H

#include <cuda_runtime.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GPU_CHECK(call)                                                                       \
    do {                                                                                      \
        cudaError_t status_ = (call);                                                         \
        if (status_ != cudaSuccess) {                                                         \
            fprintf(stderr, "%s:%d: %s failed: %s\n", __FILE__, __LINE__, #call,              \
                    cudaGetErrorString(status_));                                             \
            exit(1);                                                                          \
        }                                                                                     \
    } while (0)

/* Like STREAM: each kernel runs this many times and the best time of all but the first counts. */
#define GPU_DEFAULT_REPETITIONS 10

/* A whole number from "-flag VALUE" options; exits with a message when it is not one. */
static inline long gpu_option(int argc, char **argv, const char *flag, long fallback, long least)
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

/* The comment lines every GPU benchmark prints first, then the column header. */
static inline void gpu_preamble(const char *title)
{
    int device = 0;
    int driver = 0;
    int runtime = 0;
    cudaDeviceProp prop;
    GPU_CHECK(cudaGetDevice(&device));
    GPU_CHECK(cudaGetDeviceProperties(&prop, device));
    GPU_CHECK(cudaDriverGetVersion(&driver));
    GPU_CHECK(cudaRuntimeGetVersion(&runtime));
    printf("# hpcsim calibrate %s\n", title);
    printf("# Device: %s\n", prop.name);
    printf("# Compute capability: %d.%d\n", prop.major, prop.minor);
    printf("# Multiprocessors: %d\n", prop.multiProcessorCount);
    printf("# Memory bytes: %zu\n", prop.totalGlobalMem);
    printf("# CUDA driver: %d.%d\n", driver / 1000, (driver % 1000) / 10);
    printf("# CUDA runtime: %d.%d\n", runtime / 1000, (runtime % 1000) / 10);
    printf("%-10s%16s%20s%20s%20s\n", "# Kernel", "Elements", "Bytes", "FLOPs", "Best time (s)");
}

static inline void gpu_row(const char *kernel, long elements, double bytes, double flops, double seconds)
{
    printf("%-10s%16ld%20.0f%20.0f%20.9e\n", kernel, elements, bytes, flops, seconds);
    fflush(stdout);
}

/* Milliseconds between two recorded events, after the second has completed. */
static inline float gpu_elapsed_ms(cudaEvent_t start, cudaEvent_t stop)
{
    float ms = 0.0f;
    GPU_CHECK(cudaEventSynchronize(stop));
    GPU_CHECK(cudaEventElapsedTime(&ms, start, stop));
    return ms;
}

/* Threads per block of the streaming kernels. */
#define GPU_THREADS 256

/* Blocks for n elements at GPU_THREADS each, capped: the kernels stride over what is left. */
static inline int gpu_blocks(long n)
{
    long blocks = (n + GPU_THREADS - 1) / GPU_THREADS;
    return (int)(blocks < 65535L * 16 ? blocks : 65535L * 16);
}

/* Sets every element of x to value (grid-stride loop). */
__global__ void fill(double *x, long n, double value)
{
    long i = (long)blockIdx.x * blockDim.x + threadIdx.x;
    long stride = (long)gridDim.x * blockDim.x;
    for (; i < n; i += stride) {
        x[i] = value;
    }
}

#endif
