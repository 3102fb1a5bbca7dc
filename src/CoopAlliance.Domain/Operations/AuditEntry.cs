using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Operations;

/// <summary>
/// Who changed what, when, through which command. <see cref="Changes"/> holds the changed fields'
/// old and new values as JSON; secrets are never recorded.
/// </summary>
public sealed class AuditEntry : Entity
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, int? userId, string userName, string command, string entityType,
        string entityId, int? cooperativeId, string action, string changes)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Command = command;
        EntityType = entityType;
        EntityId = entityId;
        CooperativeId = cooperativeId;
        Action = action;
        Changes = changes;
    }

    public DateTimeOffset At { get; private set; }
    public int? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public string Command { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public int? CooperativeId { get; private set; }
    public string Action { get; private set; } = "";
    public string Changes { get; private set; } = "";
}
