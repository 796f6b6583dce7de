// A signature on the screen (fragments :: signatureForm). The page draws a form posting multipart `file`, `role`, `name`
// with a file choice: without script it works as it is, with a photo or scan of the signature. With script, the file
// choice gives way to a pad: a finger, pen or mouse draws on the canvas (pointer events), "clear" starts again, and
// "confirm" puts the drawing as signature.png into the form's file field (DataTransfer), shows it, and lets the form be
// submitted. SignaturePad.blob(form) gives the same PNG to a page that posts it with FormData itself.
(function () {
    'use strict';

    var INK = '#111827';

    function Pad(form) {
        this.form = form;
        this.box = form.querySelector('[data-signature-pad]');
        this.canvas = this.box.querySelector('canvas');
        this.file = form.querySelector('input[type=file]');
        this.submit = form.querySelector('button[type=submit]');
        this.preview = form.querySelector('.signature-preview');
        this.message = form.querySelector('.signature-message');
        this.strokes = 0;
        this.drawing = null;
        this.confirmed = false;
    }

    Pad.prototype.start = function () {
        var self = this;
        this.box.hidden = false;
        this.form.classList.add('signing');
        // the file is now given by the pad; a choice of file stays possible for assistive technology users
        this.file.required = false;
        this.size();
        window.addEventListener('resize', function () {
            if (self.strokes === 0) {
                self.size();
            }
        });
        this.canvas.addEventListener('pointerdown', function (e) { self.down(e); });
        this.canvas.addEventListener('pointermove', function (e) { self.move(e); });
        this.canvas.addEventListener('pointerup', function (e) { self.up(e); });
        this.canvas.addEventListener('pointercancel', function (e) { self.up(e); });
        this.box.querySelector('.signature-clear').addEventListener('click', function () { self.clear(); });
        this.box.querySelector('.signature-confirm').addEventListener('click', function () { self.confirm(); });
        this.file.addEventListener('change', function () {
            // a file chosen by hand counts as the signature
            self.confirmed = self.file.files.length > 0;
            self.update();
        });
        this.form.addEventListener('submit', function (e) {
            if (!self.confirmed && self.file.files.length === 0) {
                e.preventDefault();
                self.say(self.form.getAttribute('data-empty'));
            }
        });
        this.update();
    };

    /** The canvas as wide as its box, in device pixels, so that lines are sharp on a phone. */
    Pad.prototype.size = function () {
        var ratio = window.devicePixelRatio || 1;
        var width = this.canvas.clientWidth || 320;
        var height = this.canvas.clientHeight || 200;
        this.canvas.width = Math.round(width * ratio);
        this.canvas.height = Math.round(height * ratio);
        var g = this.canvas.getContext('2d');
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        g.lineCap = 'round';
        g.lineJoin = 'round';
        g.strokeStyle = INK;
        g.lineWidth = 2.5;
    };

    Pad.prototype.point = function (e) {
        var r = this.canvas.getBoundingClientRect();
        return { x: e.clientX - r.left, y: e.clientY - r.top };
    };

    Pad.prototype.down = function (e) {
        e.preventDefault();
        try {
            // the line goes on when the finger slips past the edge
            this.canvas.setPointerCapture(e.pointerId);
        } catch (notActive) {
            // a pointer that is already gone: draw without capture
        }
        this.drawing = this.point(e);
        var g = this.canvas.getContext('2d');
        g.beginPath();
        g.arc(this.drawing.x, this.drawing.y, 1.2, 0, Math.PI * 2);
        g.fillStyle = INK;
        g.fill();
        this.strokes++;
        this.unconfirm();
    };

    Pad.prototype.move = function (e) {
        if (!this.drawing) {
            return;
        }
        e.preventDefault();
        var events = e.getCoalescedEvents ? e.getCoalescedEvents() : [e];
        var g = this.canvas.getContext('2d');
        g.beginPath();
        g.moveTo(this.drawing.x, this.drawing.y);
        for (var i = 0; i < events.length; i++) {
            var p = this.point(events[i]);
            g.lineTo(p.x, p.y);
            this.drawing = p;
        }
        g.stroke();
    };

    Pad.prototype.up = function () {
        this.drawing = null;
    };

    Pad.prototype.clear = function () {
        this.canvas.getContext('2d').clearRect(0, 0, this.canvas.width, this.canvas.height);
        this.strokes = 0;
        this.unconfirm();
        this.say('');
    };

    Pad.prototype.unconfirm = function () {
        if (this.confirmed) {
            this.confirmed = false;
            this.file.value = '';
        }
        this.update();
    };

    Pad.prototype.confirm = function () {
        var self = this;
        if (this.strokes === 0) {
            this.say(this.form.getAttribute('data-empty'));
            return;
        }
        blobOf(this.canvas).then(function (blob) {
            var file = new File([blob], 'signature.png', { type: 'image/png' });
            try {
                var transfer = new DataTransfer();
                transfer.items.add(file);
                self.file.files = transfer.files;
            } catch (unsupported) {
                // the page may still post the blob itself (SignaturePad.blob)
            }
            self.blob = blob;
            self.confirmed = true;
            if (self.preview) {
                self.preview.src = self.canvas.toDataURL('image/png');
                self.preview.parentNode.hidden = false;
            }
            self.say(self.form.getAttribute('data-confirmed'));
            self.update();
        });
    };

    Pad.prototype.update = function () {
        if (this.submit) {
            this.submit.disabled = !this.confirmed;
        }
        if (!this.confirmed && this.preview) {
            this.preview.parentNode.hidden = true;
        }
        this.form.classList.toggle('signed', this.confirmed);
    };

    Pad.prototype.say = function (text) {
        if (this.message) {
            this.message.textContent = text || '';
        }
    };

    function blobOf(canvas) {
        return new Promise(function (resolve) {
            canvas.toBlob(resolve, 'image/png');
        });
    }

    var pads = [];
    document.querySelectorAll('form.signature-form').forEach(function (form) {
        if (!form.querySelector('[data-signature-pad] canvas') || !window.PointerEvent) {
            return;
        }
        var pad = new Pad(form);
        pad.start();
        pads.push(pad);
    });

    window.SignaturePad = {
        /** The confirmed signature of a form as a PNG Blob, or null before it is confirmed. */
        blob: function (form) {
            for (var i = 0; i < pads.length; i++) {
                if (pads[i].form === form) {
                    return pads[i].confirmed ? pads[i].blob || null : null;
                }
            }
            return null;
        }
    };
})();
