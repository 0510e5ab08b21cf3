internal import PDFDrawing

/// The bottom part of a flyer: how to register (QR code and address, phone, e-mail), the contact, the
/// discretion promise.
extension FlyerRenderer {
    /// Lays out the bottom part from `top`, drawing it when asked; returns its height.
    func bottom(top: Double, isDrawing: Bool) -> Double {
        let s = geometry.scale
        let x = geometry.margin
        let width = geometry.contentWidth
        let place = Placer(text: text, canvas: canvas, isDrawing: isDrawing, x: x, width: width)
        var y = top
        y += registerBox(top: y, isDrawing: isDrawing) + 12 * s
        let contactHeight = place.tagged(.paragraph) {
            inline(
                label: wording.contactHeading + " ",
                items: wording.contactItems,
                font: FontDescription(size: 11 * s),
                labelFont: FontDescription(size: 11 * s, bold: true),
                y: y,
                isDrawing: isDrawing
            )
        }
        y += contactHeight + 9 * s
        if isDrawing { canvas.line(x, y, x + width, y, width: 0.6, color: .gray(0.55)) }
        y += 6 * s
        let promise = FontDescription(size: 10.5 * s, oblique: true)
        y += place.text(wording.discretion, promise, y: y, lines: 3, color: Self.secondary, tag: .paragraph)
        return y - top
    }

    /// The framed box, drawn when asked; returns its height.
    ///
    /// The QR code on the left (when there is a registration page), the ways to register on the right.
    private func registerBox(top: Double, isDrawing: Bool) -> Double {
        let s = geometry.scale
        let padding = 14 * s
        let x = geometry.margin
        let width = geometry.contentWidth
        var columnX = x + padding
        var qrHeight = 0.0
        let caption = FontDescription(size: max(7, 8 * s))
        if let qr, content.registration != nil {
            let module = geometry.qrSide / Double(qr.size)
            // The quiet zone: four light modules around the code, inside the box.
            let quiet = max(padding, Double(QRCode.quietZone) * module)
            let captionHeight = text.size(of: wording.qrCaption, font: caption, width: geometry.qrSide + 2 * quiet)
                .height
            qrHeight = 2 * quiet + geometry.qrSide + captionHeight + padding / 2
            if isDrawing { drawQR(qr, x: x + quiet, y: top + quiet, module: module, quiet: quiet) }
            columnX = x + 2 * quiet + geometry.qrSide
        }
        let columnWidth = x + width - padding - columnX
        let place = Placer(text: text, canvas: canvas, isDrawing: isDrawing, x: columnX, width: columnWidth)
        var y = top + padding
        let heading = FontDescription(size: 17 * s, bold: true)
        y += place.text(wording.registerHeading, heading, y: y, color: Self.accent, tag: .heading(2)) + 6 * s
        let body = FontDescription(size: 11.5 * s)
        if let address = content.registration {
            y += place.text(wording.scan, body, y: y, lines: 2, tag: .paragraph) + 3 * s
            // Slightly smaller when that keeps the address on one line; a long one wraps at full size (pango
            // breaks it after a `/` or a `-` where it can).
            let sizes = [12.5, 11.5, 10.5].map { FontDescription(size: $0 * s, bold: true) }
            let url = sizes.first { !text.isEllipsized(address.text, font: $0, width: columnWidth) } ?? sizes[0]
            y += place.tagged(.paragraph) {
                place.tagged(.link(uri: address.text)) { place.text(address.text, url, y: y, lines: 4) }
            }
            y += 10 * s
        }
        // Without a registration page, the phone and the e-mail are the call to action: set larger.
        let ways = content.registration == nil ? FontDescription(size: 13.5 * s) : body
        for way in wording.otherWays {
            y += place.text(way, ways, y: y, lines: 2, tag: .paragraph) + 2 * s
        }
        let height = max(qrHeight, y - top + padding)
        if isDrawing {
            canvas.rectangle(
                PDFRectangle(x: x, y: top, width: width, height: height),
                lineWidth: 1.4 * s,
                color: Self.accent,
                isFilled: false
            )
        }
        return height
    }

    /// The QR code as one filled path of vector rectangles (one per dark run) and its caption, together one
    /// figure: the caption is the figure's text for a screen reader (cairo 1.16 writes no `Alt`).
    private func drawQR(_ qr: QRCode, x: Double, y: Double, module: Double, quiet: Double) {
        canvas.tagged(.figure) {
            let rectangles = qr.darkRuns.map { run in
                PDFRectangle(
                    x: x + Double(run.column) * module,
                    y: y + Double(run.row) * module,
                    width: Double(run.length) * module,
                    height: module
                )
            }
            canvas.fill(rectangles, color: .black)
            text.draw(
                wording.qrCaption,
                font: FontDescription(size: max(7, 8 * geometry.scale)),
                x: x - quiet,
                y: y + geometry.qrSide + quiet,
                width: geometry.qrSide + 2 * quiet,
                flow: TextLayout.Flow(lines: 2),
                alignment: .center,
                color: Self.secondary
            )
        }
    }

    /// A bold label, then items separated by « · », each kept whole; returns the height taken.
    ///
    /// An item that does not fit on the current line starts the next one, under the first item.
    private func inline(
        label: String,
        items: [String],
        font: FontDescription,
        labelFont: FontDescription,
        y top: Double,
        isDrawing: Bool
    ) -> Double {
        let left = geometry.margin
        let right = geometry.margin + geometry.contentWidth
        let wide = geometry.contentWidth
        let labelWidth = text.size(of: label, font: labelFont, width: wide).width
        let lineHeight = text.size(of: label, font: font, width: wide).height
        let separator = " · "
        let separatorWidth = text.size(of: separator, font: font, width: wide).width
        if isDrawing {
            text.draw(label, font: labelFont, x: left, y: top, width: wide, flow: .init(), color: Self.accent)
        }
        var x = left + labelWidth
        var y = top
        for (index, item) in items.enumerated() {
            let width = text.size(of: item, font: font, width: wide).width
            if index > 0 {
                if x + separatorWidth + width > right {
                    x = left + labelWidth
                    y += lineHeight
                } else {
                    if isDrawing {
                        text.draw(
                            separator,
                            font: font,
                            x: x,
                            y: y,
                            width: separatorWidth + 1,
                            flow: .init(),
                            color: .black
                        )
                    }
                    x += separatorWidth
                }
            }
            if isDrawing {
                text.draw(item, font: font, x: x, y: y, width: min(width + 1, right - x), flow: .init(), color: .black)
            }
            x += width
        }
        return y + lineHeight - top
    }
}
