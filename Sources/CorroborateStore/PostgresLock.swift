/// Keys of the transaction-scoped advisory locks (`pg_advisory_xact_lock`) that serialise work
/// across processes and machines sharing one database.
enum PostgresLock: Int64, Sendable {
    /// Held while migrations are checked and applied.
    case migrations = 0x436F_7272_0001
    /// Held while stories are read, reclustered and saved, so two machines never clobber each other.
    case storyPass = 0x436F_7272_0002
}
