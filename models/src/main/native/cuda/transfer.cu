/*
 * Host-to-device and device-to-host copy time over a sweep of sizes, from page-locked host
 * memory (as CUDA's bandwidthTest measures by default), so `hpcsim calibrate fit` can fit
 * time = latency + bytes / bandwidth to each direction. Written for hpcsim calibrate.
 * Options: -m MAX_BYTES (a power of two sweep from 1 KiB), -r REPETITIONS.
 */
#include "gpu_common.h"

int main(int argc, char **argv)
{
    long max_bytes = gpu_option(argc, argv, "-m", 1L << 26, 1024);
    long repetitions = gpu_option(argc, argv, "-r", GPU_DEFAULT_REPETITIONS, 2);
    char *host = NULL;
    char *device = NULL;
    GPU_CHECK(cudaMallocHost((void **)&host, (size_t)max_bytes));
    GPU_CHECK(cudaMalloc((void **)&device, (size_t)max_bytes));
    memset(host, 1, (size_t)max_bytes);
    GPU_CHECK(cudaMemset(device, 2, (size_t)max_bytes));
    gpu_preamble("gpu transfer (page-locked host memory)");
    cudaEvent_t start, stop;
    GPU_CHECK(cudaEventCreate(&start));
    GPU_CHECK(cudaEventCreate(&stop));
    for (int direction = 0; direction <= 1; direction++) {
        if (direction == 1) {
            /* The host-to-device copies left the host's 1s on the device: mark it again, so the check
               below sees that the device-to-host copies brought the device's bytes back. */
            GPU_CHECK(cudaMemset(device, 2, (size_t)max_bytes));
            GPU_CHECK(cudaDeviceSynchronize());
        }
        for (long size = 1024; size <= max_bytes; size *= 2) {
            double best = 1e30;
            for (long r = 0; r < repetitions; r++) {
                GPU_CHECK(cudaEventRecord(start));
                if (direction == 0) {
                    GPU_CHECK(cudaMemcpyAsync(device, host, (size_t)size, cudaMemcpyHostToDevice, 0));
                } else {
                    GPU_CHECK(cudaMemcpyAsync(host, device, (size_t)size, cudaMemcpyDeviceToHost, 0));
                }
                GPU_CHECK(cudaEventRecord(stop));
                double s = gpu_elapsed_ms(start, stop) / 1e3;
                if (r > 0 && s < best) {
                    best = s;
                }
            }
            gpu_row(direction == 0 ? "h2d" : "d2h", size, (double)size, 0.0, best);
        }
    }
    if (host[0] != 2 || host[max_bytes - 1] != 2) {
        fprintf(stderr, "%s: device-to-host copy did not arrive\n", argv[0]);
        return 1;
    }
    GPU_CHECK(cudaFreeHost(host));
    GPU_CHECK(cudaFree(device));
    return 0;
}
