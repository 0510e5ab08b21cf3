internal import CLibcrypto
public import WorkspaceStore

/// The server's secrets: tokens drawn from the system's secure random source, their SHA-256 digests (what the
/// workspace keeps) and HMAC-SHA-256 form tokens; libcrypto (OpenSSL) does the hashing.
///
/// Randomness lives here, at the front end, never in the libraries: `SystemRandomNumberGenerator` is the
/// operating system's CSPRNG (`getrandom(2)` on Linux).
public enum Secrets {
    /// `count` bytes from the system's secure random source.
    public static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// A new token: 32 random bytes (256 bits) in base64url without padding (43 characters).
    public static func newToken() -> String { base64URL(randomBytes(32)) }

    /// The SHA-256 digest of a token, as the workspace keeps it.
    public static func digest(of token: String) -> SecretDigest {
        let bytes = Array(token.utf8)
        var output = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { buffer in
                _ = SHA256(input.baseAddress, input.count, buffer.baseAddress)
            }
        }
        guard let digest = SecretDigest(output) else { preconditionFailure("SHA-256 gives 32 bytes") }
        return digest
    }

    /// HMAC-SHA-256 of `message` under `key`, in lower-case hexadecimal.
    public static func hmac(_ message: String, key: [UInt8]) -> String {
        let bytes = Array(message.utf8)
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        key.withUnsafeBufferPointer { keyBuffer in
            bytes.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { buffer in
                    _ = HMAC(
                        EVP_sha256(),
                        keyBuffer.baseAddress,
                        Int32(keyBuffer.count),
                        input.baseAddress,
                        input.count,
                        buffer.baseAddress,
                        &length
                    )
                }
            }
        }
        return hex(Array(output.prefix(Int(length))))
    }

    /// Compares two texts in a time that does not depend on where they differ (form tokens).
    public static func isEqualInConstantTime(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }

    /// Whether a text could be a token this server made: 43 characters of the base64url alphabet.
    public static func isWellFormedToken(_ text: Substring) -> Bool {
        text.utf8.count == 43
            && text.utf8.allSatisfy { byte in
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == 0x2D || byte == 0x5F
            }
    }

    /// Lower-case hexadecimal.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Base64url (RFC 4648 §5) without padding.
    static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var text: [UInt8] = []
        var index = 0
        while index + 3 <= bytes.count {
            let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            text += [18, 12, 6, 0].map { alphabet[Int((value >> UInt32($0)) & 63)] }
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            var value = UInt32(bytes[index]) << 16
            if rest == 2 { value |= UInt32(bytes[index + 1]) << 8 }
            text += [18, 12, 6].prefix(rest + 1).map { alphabet[Int((value >> UInt32($0)) & 63)] }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
