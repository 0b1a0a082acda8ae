import Foundation
import GRDB

/// A row of `sentence_vector`: a sentence embedding by text key and model (``StoredVector``).
struct SentenceVectorRecord: SnakeCaseRecord {
    static let databaseTableName = "sentence_vector"
    var key: String
    var model: String
    var vector: Data

    init(_ stored: StoredVector) {
        key = stored.key
        model = stored.model
        vector = stored.bytes
    }

    var stored: StoredVector { StoredVector(key: key, model: model, bytes: vector) }
}
