namespace CoopAlliance.Domain.Common;

/// <summary>An entity with a database-generated integer key.</summary>
public abstract class Entity
{
    public int Id { get; protected set; }
}

/// <summary>
/// An editable aggregate. <see cref="Version"/> is the optimistic-concurrency token: the data layer
/// increments it on every save and refuses an update whose expected version is stale.
/// A plain integer works the same on SQLite and SQL Server (rowversion does not exist on SQLite).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>Entities that belong to one co-op, so the audit trail can be browsed per co-op.</summary>
public interface IBelongsToCoop
{
    int CooperativeId { get; }
}
