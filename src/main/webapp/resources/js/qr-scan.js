// Staff check-in: reads a participant's QR code with the camera, or from a photo, and submits its code.
// Uses jsQR (resources/vendor/jsqr, served by the application). Typing the code works without any of this.
// @zxing/library was used before: on some codes it found no code in a clear photo of the page, and on others
// its decoder never returned, freezing the page.
(function () {
    'use strict';

    var PHOTO_LONGEST_SIDE = 1600; // a phone's 12-megapixel photo is brought down to this first
    var FRAME_LONGEST_SIDE = 800;
    var FRAME_EVERY_MS = 250;

    // one canvas for every photo and frame: the camera reads four frames a second
    var canvas = document.createElement('canvas');
    var context = canvas.getContext('2d', { willReadFrequently: true });

    /** The text of the QR code in the image (an img or a playing video), or null. */
    function read(source, width, height, longestSide, scales) {
        var fit = Math.min(1, longestSide / Math.max(width, height));
        for (var i = 0; i < scales.length; i++) {
            canvas.width = Math.max(1, Math.round(width * fit * scales[i]));
            canvas.height = Math.max(1, Math.round(height * fit * scales[i]));
            context.drawImage(source, 0, 0, canvas.width, canvas.height);
            var pixels = context.getImageData(0, 0, canvas.width, canvas.height);
            var code = jsQR(pixels.data, canvas.width, canvas.height);
            if (code && code.data) {
                return code.data;
            }
        }
        return null;
    }

    function init() {
        var box = document.querySelector('[data-qr-scan]');
        if (!box || typeof jsQR === 'undefined') {
            return;
        }
        var status = box.querySelector('.qr-status');
        var lastText = null;
        var lastAt = 0;

        function found(text, byCamera) {
            var now = Date.now();
            if (byCamera && text === lastText && now - lastAt < 3000) {
                return; // the camera sees the same code many times a second
            }
            lastText = text;
            lastAt = now;
            document.getElementById(box.getAttribute('data-qr-input')).value = text;
            document.getElementById(box.getAttribute('data-qr-submit')).click();
        }

        var photo = box.querySelector('input[type=file]');
        photo.addEventListener('change', function () {
            var file = photo.files[0];
            if (!file) {
                return;
            }
            var url = URL.createObjectURL(file);
            var image = new Image();
            status.textContent = box.getAttribute('data-qr-reading');
            image.onload = image.onerror = function (event) {
                var text = event.type === 'load' ? read(image, image.naturalWidth, image.naturalHeight, PHOTO_LONGEST_SIDE, [1, 0.5]) : null;
                URL.revokeObjectURL(url);
                photo.value = '';
                status.textContent = text ? '' : box.getAttribute('data-qr-none');
                if (text) {
                    found(text, false);
                }
            };
            image.src = url;
        });

        var camera = box.querySelector('[data-qr-camera]');
        var video = box.querySelector('video');
        var stream = null;

        function stop() {
            if (stream) {
                stream.getTracks().forEach(function (track) { track.stop(); });
                stream = null;
            }
            video.hidden = true;
            camera.setAttribute('aria-pressed', 'false');
        }

        function scanFrames() {
            if (!stream) {
                return;
            }
            if (video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
                var text = read(video, video.videoWidth, video.videoHeight, FRAME_LONGEST_SIDE, [1]);
                if (text) {
                    found(text, true);
                }
            }
            setTimeout(scanFrames, FRAME_EVERY_MS);
        }

        if (camera && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
            camera.hidden = false;
            camera.addEventListener('click', function () {
                if (stream) {
                    stop();
                    return;
                }
                camera.setAttribute('aria-pressed', 'true');
                navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (opened) {
                    stream = opened;
                    video.srcObject = opened;
                    video.hidden = false;
                    return video.play();
                }).then(scanFrames).catch(function () {
                    stop();
                    status.textContent = box.getAttribute('data-qr-nocamera');
                });
            });
            window.addEventListener('pagehide', stop);
        }
    }

    document.addEventListener('DOMContentLoaded', init);
})();
