internal import CCurl

/// One libcurl easy handle with its recipient list and error buffer, freed together in `deinit`.
///
/// Not `Sendable`: a handle is used by one thread at a time, for one message.
final class CurlSession {
    /// `curl_global_init` is not thread-safe and must run once per process before any handle: a `static let`
    /// is initialised exactly once, under the runtime's lock.
    private static let globalStatus: Int = Int(curl_global_init(Int(CURL_GLOBAL_DEFAULT)).rawValue)

    private let handle: UnsafeMutableRawPointer
    private var recipients: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer: UnsafeMutablePointer<CChar>

    /// A fresh handle; `nil` when libcurl cannot be initialised.
    init?() {
        guard Self.globalStatus == Int(CURLE_OK.rawValue), let handle = curl_easy_init() else { return nil }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(recipients)
        errorBuffer.deallocate()
    }

    /// Sets a numeric option; `false` when libcurl refuses it.
    func set(_ option: CURLoption, _ value: Int) -> Bool {
        ccurl_setopt_long(handle, option, value) == CURLE_OK
    }

    /// Sets a string option; libcurl copies the string.
    func set(_ option: CURLoption, _ value: String) -> Bool {
        value.withCString { ccurl_setopt_pointer(handle, option, $0) } == CURLE_OK
    }

    /// Sets `CURLOPT_MAIL_RCPT`; the list lives as long as the session.
    func setRecipients(_ addresses: [String]) -> Bool {
        for address in addresses {
            guard let list = curl_slist_append(recipients, address) else { return false }
            recipients = list
        }
        return ccurl_setopt_pointer(handle, CURLOPT_MAIL_RCPT, recipients) == CURLE_OK
            && ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer) == CURLE_OK
    }

    /// Runs the transfer over `upload`, which must stay alive until it returns.
    ///
    /// - Returns: `nil` on success, otherwise libcurl's error text (the error buffer, or the code's meaning).
    func perform(reading upload: Upload) -> String? {
        let context = Unmanaged.passUnretained(upload).toOpaque()
        guard ccurl_setopt_read_callback(handle, CURLOPT_READFUNCTION, Upload.read) == CURLE_OK,
            ccurl_setopt_pointer(handle, CURLOPT_READDATA, context) == CURLE_OK
        else { return "libcurl refused the read callback." }
        let code = withExtendedLifetime(upload) { curl_easy_perform(handle) }
        guard code != CURLE_OK else { return nil }
        let detail = String(cString: errorBuffer)
        return detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
    }

    /// The last response code the server sent (250 after a message was accepted), or 0 when none was read.
    var responseCode: Int {
        var value = 0
        return ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &value) == CURLE_OK ? value : 0
    }
}

/// The bytes of one message, handed to libcurl in pieces by ``read``.
final class Upload {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// `CURLOPT_READFUNCTION`: copies the next bytes into libcurl's buffer; 0 ends the message.
    ///
    /// A C function pointer cannot capture: the upload arrives as the `CURLOPT_READDATA` pointer.
    static let read: ccurl_read_callback = { buffer, size, count, context in
        guard let buffer, let context else { return 0 }
        let upload = Unmanaged<Upload>.fromOpaque(context).takeUnretainedValue()
        let length = min(size * count, upload.bytes.count - upload.offset)
        guard length > 0 else { return 0 }
        upload.bytes.withUnsafeBytes { source in
            UnsafeMutableRawBufferPointer(start: buffer, count: length)
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: source[upload.offset..<upload.offset + length]))
        }
        upload.offset += length
        return length
    }
}
