package cn.overloadcontrol.upstream;

import java.util.List;

import cn.overloadcontrol.upstream.target.UploadTarget;

/**
 * Builds the request bodies of one target format, picked by the target's {@code format} key.
 * A new platform format is one more component implementing this interface.
 */
public interface UploadFormat {

    /** The key stored in {@code upstream_target.format}. */
    String key();

    /** Builds the body that sends {@code records} (one or more) in one request. */
    byte[] recordBody(UploadTarget target, List<UploadItem.Record> records);

    /** Builds the body that sends one media file. */
    byte[] mediaBody(UploadTarget target, UploadItem.Media media);

    /** Builds the body that sends the whole unit or station list. */
    byte[] registryBody(UploadTarget target, UploadItem.Registry registry);
}
