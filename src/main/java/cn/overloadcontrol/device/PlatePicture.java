package cn.overloadcontrol.device;

/**
 * A picture that came with a plate read, byte-identical to what the camera sent.
 *
 * @param name        the part or field it came in, for example {@code detectionPicture.jpg}
 * @param contentType MIME type, {@code image/jpeg} unless the camera sent another
 * @param bytes       the picture
 */
public record PlatePicture(String name, String contentType, byte[] bytes) {

    public PlatePicture {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return name + " (" + contentType + ", " + bytes.length + " bytes)";
    }
}
