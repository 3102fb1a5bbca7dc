using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Assistance;

/// <summary>
/// A message on a request. Internal comments are for staff only: a rep never sees one, on any screen, in the API,
/// in an email or in a PDF.
/// </summary>
public sealed class AssistanceComment : Entity
{
    public const int MaxLength = 4000;

    private AssistanceComment() { }

    internal AssistanceComment(string body, bool isInternal, bool byStaff, Actor by, DateTimeOffset at)
    {
        Body = body;
        IsInternal = isInternal;
        ByStaff = byStaff;
        AuthorUserId = by.UserId;
        AuthorName = by.Name;
        At = at;
    }

    public int AssistanceRequestId { get; private set; }
    public string Body { get; private set; } = "";
    public bool IsInternal { get; private set; }
    /// <summary>Written by alliance staff (not by the co-op).</summary>
    public bool ByStaff { get; private set; }
    public int? AuthorUserId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
