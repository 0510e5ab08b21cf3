public import PDFDrawing

/// Why ``SheetPDF`` could not write a sheet: `invalid-creation-date` or `drawing-failed`, the drawing layer's
/// own error (`PDFError`).
///
/// The message names the failing step and cairo's own words for its status, never a participant's name: a
/// sheet's text is personal, so no part of it is copied into an error.
public typealias SheetError = PDFError
