package cn.overloadcontrol.device;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateNumber;
import java.time.Instant;
import java.util.List;

/**
 * A plate read pushed by a camera, normalized across vendors. The raw plate text and colour
 * stay next to the normalized values, because a record keeps what the camera reported.
 *
 * @param vendor        camera family
 * @param cameraAddress the address the push came from
 * @param eventId       the camera's event id (Hikvision UUID, Vzenith plate id), or one built
 *                      from camera, time and plate where the camera sends none
 * @param time          when the camera read the plate, by the camera's clock
 * @param plate         normalized plate; {@link PlateNumber#valid()} is false for "no readable plate"
 * @param rawPlate      plate text as sent, or the empty string
 * @param color         normalized colour, {@link PlateColor#UNKNOWN} when absent or unrecognized
 * @param rawColor      colour as sent, or the empty string
 * @param confidence    recognition confidence as sent (0 to 100 for these cameras), or {@code null}
 * @param direction     driving direction as sent, or the empty string
 * @param pictures      pictures in the order the camera sent them
 */
public record PlateEvent(CameraVendor vendor, String cameraAddress, String eventId, Instant time,
                         PlateNumber plate, String rawPlate, PlateColor color, String rawColor,
                         Integer confidence, String direction, List<PlatePicture> pictures) implements CameraPush {

    public PlateEvent {
        pictures = List.copyOf(pictures);
        rawPlate = rawPlate == null ? "" : rawPlate;
        rawColor = rawColor == null ? "" : rawColor;
        direction = direction == null ? "" : direction;
    }

    /** Returns whether the camera read a plate that follows GA 36. */
    public boolean readable() {
        return plate.valid();
    }

    /** Returns a copy with the given plate, colour, confidence and pictures, keeping camera, id, time and direction. */
    public PlateEvent with(PlateNumber newPlate, String newRawPlate, PlateColor newColor, String newRawColor,
                           Integer newConfidence, List<PlatePicture> newPictures) {
        return new PlateEvent(vendor, cameraAddress, eventId, time, newPlate, newRawPlate, newColor, newRawColor,
                newConfidence, direction, newPictures);
    }
}
