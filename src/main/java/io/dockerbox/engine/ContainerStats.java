package io.dockerbox.engine;

/** One sample of a running container's resource use. */
public record ContainerStats(double cpuPercent, long memoryBytes, long memoryLimitBytes) {}
