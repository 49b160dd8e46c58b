package io.dockerbox.build;

import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageInfo;

/** Fetches a box's {@code latest} from its registry for the build, tagging its version locally. */
public interface BoxPuller {
    /**
     * @throws io.dockerbox.engine.TransferFailedException when the registry cannot give it, with a
     *     message that names the registry, the image and the fix
     */
    ImageInfo pullLatest(String box) throws EngineException;

    /** Fetches any image, such as a {@code <from>} outside the chain, with its registry's credentials. */
    ImageInfo pullImage(String reference) throws EngineException;
}
