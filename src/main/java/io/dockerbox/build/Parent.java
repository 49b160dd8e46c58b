package io.dockerbox.build;

/** The image a box builds on: the exact reference the Dockerfile's FROM uses, and its id. */
record Parent(String reference, String imageId) {}
