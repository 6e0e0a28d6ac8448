// Staff check-in: reads a participant's QR code with the camera, or from a photo, and submits its code.
// Uses @zxing/library (resources/vendor/zxing-library, served by the application). Typing the code works
// without any of this.
(function () {
    'use strict';

    function init() {
        var box = document.querySelector('[data-qr-scan]');
        if (!box || typeof ZXing === 'undefined') {
            return;
        }
        var reader = new ZXing.BrowserQRCodeReader();
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
            status.textContent = box.getAttribute('data-qr-reading');
            reader.decodeFromImageUrl(url).then(function (result) {
                status.textContent = '';
                found(result.getText(), false);
            }).catch(function () {
                status.textContent = box.getAttribute('data-qr-none');
            }).finally(function () {
                URL.revokeObjectURL(url);
                photo.value = '';
            });
        });

        var camera = box.querySelector('[data-qr-camera]');
        var video = box.querySelector('video');
        if (camera && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
            camera.hidden = false;
            camera.addEventListener('click', function () {
                if (!video.hidden) {
                    reader.reset();
                    video.hidden = true;
                    camera.setAttribute('aria-pressed', 'false');
                    return;
                }
                video.hidden = false;
                camera.setAttribute('aria-pressed', 'true');
                reader.decodeFromVideoDevice(undefined, video, function (result) {
                    if (result) {
                        found(result.getText(), true);
                    }
                }).catch(function () {
                    video.hidden = true;
                    status.textContent = box.getAttribute('data-qr-nocamera');
                });
            });
        }
    }

    document.addEventListener('DOMContentLoaded', init);
})();
