#!/usr/bin/env python3
"""Serve a GStreamer test pattern over RTSP on 127.0.0.1 for the camera capture tests.

Usage: rtsp_server.py PORT ENCODING [USER PASSWORD]
ENCODING is h264 (x264enc, from gstreamer1.0-plugins-ugly) or mjpeg (jpegenc).
The mount point is /cam. With USER and PASSWORD the server requires Basic authentication.
Prints "READY rtsp://127.0.0.1:PORT/cam" on stdout once the server listens.
"""
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

WIDTH = 320
HEIGHT = 240
FRAMES_PER_SECOND = 25

# is-live makes the source run at the frame rate, as a camera does, and the moving ball makes
# each frame differ. animation-mode=wall-time places the ball by the wall clock, so snapshots
# taken at different times differ even though each connection starts its own pipeline at frame 0.
# The key-frame interval of one second keeps the wait for the first key frame short.
SOURCE = (
    "videotestsrc is-live=true pattern=ball animation-mode=wall-time "
    f"! video/x-raw,format=I420,width={WIDTH},height={HEIGHT},framerate={FRAMES_PER_SECOND}/1 "
)
ENCODERS = {
    "h264": f"x264enc tune=zerolatency speed-preset=ultrafast key-int-max={FRAMES_PER_SECOND} "
            "! rtph264pay name=pay0 pt=96 config-interval=1",
    # jpegenc needs I420 input before rtpjpegpay, or the server drops the client at DESCRIBE.
    "mjpeg": "videoconvert ! video/x-raw,format=I420 ! jpegenc ! rtpjpegpay name=pay0 pt=26",
}


def main():
    port, encoding = sys.argv[1], sys.argv[2]
    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_address("127.0.0.1")
    server.set_service(port)

    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(f"( {SOURCE}! {ENCODERS[encoding]} )")
    # Each client gets its own pipeline. The server crashed once on the assertion in
    # gst_rtsp_media_get_rates (GStreamer 1.22) while the station's snapshot and clip connections
    # shared one media.
    # NOTE: that the shared media caused the crash is a guess; it was seen once and not reproduced.
    factory.set_shared(False)
    server.get_mount_points().add_factory("/cam", factory)

    if len(sys.argv) == 5:
        require_basic_auth(server, factory, sys.argv[3], sys.argv[4])

    if server.attach(None) == 0:
        print(f"FAILED to listen on 127.0.0.1:{port}", flush=True)
        sys.exit(1)
    print(f"READY rtsp://127.0.0.1:{port}/cam", flush=True)
    GLib.MainLoop().run()


def require_basic_auth(server, factory, user, password):
    auth = GstRtspServer.RTSPAuth()
    token = GstRtspServer.RTSPToken()
    token.set_string(GstRtspServer.RTSP_TOKEN_MEDIA_FACTORY_ROLE, "camera")
    auth.add_basic(GstRtspServer.RTSPAuth.make_basic(user, password), token)
    server.set_auth(auth)

    permissions = GstRtspServer.RTSPPermissions()
    permissions.add_permission_for_role("camera", GstRtspServer.RTSP_PERM_MEDIA_FACTORY_ACCESS, True)
    permissions.add_permission_for_role("camera", GstRtspServer.RTSP_PERM_MEDIA_FACTORY_CONSTRUCT, True)
    factory.set_permissions(permissions)


if __name__ == "__main__":
    main()
