using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Partners;

/// <summary>A planning partner as staff see it (the link's token is never listed: staff resend nothing by hand).</summary>
public sealed record EventPartnerDto(int Id, int EventId, string OrganisationName, int? CooperativeId, string ContactName, string ContactEmail,
    InvitationAnswer Answer, string AnswerText, DateTimeOffset? AnsweredAt, IReadOnlyList<PartnerRoles> Roles, string RolesText,
    DateTimeOffset InvitedAt, string InvitedBy, DateTimeOffset? InvitationSentAt);

/// <summary>Which tasks to list: open ones, done ones, or open ones past their due date (none: all).</summary>
public enum TaskFilter
{
    Open = 1,
    Done = 2,
    Overdue = 3,
}

/// <summary>
/// One line of the planning list. <see cref="DueSoon"/> (open, due within the reminder window) and <see cref="Overdue"/>
/// (open, past its date) are worked out with the alliance's today. <see cref="OwnerEmail"/> is left out of the partners' view.
/// </summary>
public sealed record PlanningTaskDto(int Id, int EventId, string What, string OwnerName, string? OwnerEmail, int? PartnerId, string? PartnerName,
    DateOnly DueOn, bool Done, DateTimeOffset? DoneAt, string? DoneBy, bool Overdue, bool DueSoon, DateTimeOffset? ReminderSentAt, int Version);

/// <summary>The partner's own page (from the invitation link): the event's basics, their answer and roles, and — once they joined — the task list.</summary>
public sealed record PartnerPageDto(string EventTitle, string? EventSummary, DateTime StartsAt, DateTime EndsAt, string VenueName, string? Town,
    bool EventCancelled, string OrganisationName, string ContactName, InvitationAnswer Answer, string AnswerText, IReadOnlyList<PartnerRoles> Roles,
    string RolesText, IReadOnlyList<PartnerTaskDto> Tasks);

/// <summary>A task as a partner sees it: <see cref="Theirs"/> when their organisation owns it (only those can be marked done from the link).</summary>
public sealed record PartnerTaskDto(int Id, string What, string OwnerName, string? PartnerName, DateOnly DueOn, bool Done, bool Overdue, bool DueSoon, bool Theirs);

internal static class Partners
{
    public static IReadOnlyList<PartnerRoles> Split(PartnerRoles roles) =>
        Enum.GetValues<PartnerRoles>().Where(r => r != PartnerRoles.None && roles.HasFlag(r)).ToList();

    public static PartnerRoles Join(IEnumerable<PartnerRoles>? roles) =>
        (roles ?? []).Aggregate(PartnerRoles.None, (all, r) => all | r);

    public static EventPartnerDto ToDto(EventPartner p) => new(p.Id, p.EventId, p.OrganisationName, p.CooperativeId, p.ContactName, p.ContactEmail,
        p.Answer, p.Answer.Describe(), p.AnsweredAt, Split(p.Roles), p.Roles.Describe(), p.InvitedAt, p.InvitedBy, p.InvitationSentAt);

    public static async Task<Event> EventAsync(IAppDbContext db, int eventId, CancellationToken ct) =>
        await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct) ?? throw new NotFoundException("Event", eventId);

    public static async Task<EventPartner> PartnerAsync(IAppDbContext db, int eventId, int partnerId, CancellationToken ct) =>
        await db.EventPartners.FirstOrDefaultAsync(p => p.Id == partnerId && p.EventId == eventId, ct) ?? throw new NotFoundException("Partner", partnerId);

    /// <summary>The partner holding this link's token; an unknown token is simply not found (no hint whether it ever existed).</summary>
    public static async Task<EventPartner> ByTokenAsync(IAppDbContext db, string token, CancellationToken ct) =>
        (string.IsNullOrWhiteSpace(token) ? null : await db.EventPartners.FirstOrDefaultAsync(p => p.Token == token, ct))
        ?? throw new NotFoundException("Invitation", "link");

    public static string PageLink(string baseUrl, string token) => $"{baseUrl.TrimEnd('/')}/events/partner/{token}";
}
