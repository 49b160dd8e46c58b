package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** References as the engines spell them, and as dockerbox reads them. */
class ImageIdsTest {

    @Test
    void podmansQualifiedTagsReadAsDockerSpellsThem() {
        assertEquals("busybox:1.36", ImageIds.familiar("docker.io/library/busybox:1.36"));
        assertEquals("acme/box:1", ImageIds.familiar("docker.io/acme/box:1"));
    }

    @Test
    void dockersTagsAndOtherRegistriesStayAsTheyAre() {
        assertEquals("acme/box:1", ImageIds.familiar("acme/box:1"));
        assertEquals("localhost:5000/acme/box:1", ImageIds.familiar("localhost:5000/acme/box:1"));
        assertEquals("quay.io/acme/box:1", ImageIds.familiar("quay.io/acme/box:1"));
        assertEquals("localhost/acme/box:1", ImageIds.familiar("localhost/acme/box:1"));
    }

    @Test
    void podmansLocalPrefixIsDroppedOnlyForTheRepositoryListed() {
        assertEquals("acme/box:2", ImageIds.asListed("localhost/acme/box:2", "acme/box"));
        assertEquals("acme/box:latest", ImageIds.asListed("docker.io/acme/box:latest", "acme/box"));
        assertEquals("localhost/other/box:1", ImageIds.asListed("localhost/other/box:1", "acme/box"));
        // A box named after a registry on Docker keeps its name.
        assertEquals("localhost/acme/box:1", ImageIds.asListed("localhost/acme/box:1", "localhost/acme/box"));
        assertEquals("localhost:5000/acme/box:1", ImageIds.asListed("localhost:5000/acme/box:1", "localhost:5000/acme/box"));
    }

    @Test
    void aRegistryPortIsNoTag() {
        assertArrayEquals(new String[] {"localhost:5000/a/b", "latest"}, ImageIds.repositoryAndTag("localhost:5000/a/b"));
        assertArrayEquals(new String[] {"a/b", "3"}, ImageIds.repositoryAndTag("a/b:3"));
    }
}
