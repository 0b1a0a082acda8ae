/// One tensor's entry in a safetensors header: element type, shape and byte range in the data.
public struct TensorInfo: Sendable, Hashable {
    /// A safetensors element type (the header's `dtype` string).
    public enum DType: String, Sendable, Hashable {
        /// Floating point: IEEE double, single, half, and bfloat16.
        case float64 = "F64", float32 = "F32", float16 = "F16", bfloat16 = "BF16"
        /// Integers (signed 64 to 8 bits, unsigned 8 bits) and booleans (one byte each).
        case int64 = "I64", int32 = "I32", int16 = "I16", int8 = "I8", uint8 = "U8", bool = "BOOL"

        /// Bytes per element.
        public var size: Int {
            switch self {
            case .float64, .int64: 8
            case .float32, .int32: 4
            case .float16, .bfloat16, .int16: 2
            case .int8, .uint8, .bool: 1
            }
        }
    }

    /// The element type.
    public var dtype: DType
    /// The dimensions, outermost first (row-major).
    public var shape: [Int]
    /// Byte offsets relative to the start of the data section (after the header).
    public var byteRange: Range<Int>

    /// Creates an entry.
    public init(dtype: DType, shape: [Int], byteRange: Range<Int>) {
        self.dtype = dtype
        self.shape = shape
        self.byteRange = byteRange
    }

    /// The number of elements (product of the shape; 1 for a scalar).
    public var elementCount: Int { shape.reduce(1, *) }
}
