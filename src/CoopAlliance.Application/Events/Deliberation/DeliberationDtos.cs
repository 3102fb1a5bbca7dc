using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Deliberation;

/// <summary>One proposal on the board. <see cref="Dots"/> is null while the totals are hidden from this viewer.</summary>
public sealed record ProposalDto(int Id, string What, string? Why, int? ThemeId, string? WhoItNeeds, string? WhoOffers, string AuthorName,
    bool IsHidden, int? Dots, int MyDots, bool IsMine);

/// <summary>A theme's proposals (ThemeId null: proposals without a theme).</summary>
public sealed record ProposalThemeDto(int? ThemeId, string Theme, IReadOnlyList<ProposalDto> Proposals);

/// <summary>
/// The board: proposals by theme. For a participant (by their token), <see cref="MyDotsLeft"/> and each proposal's
/// <c>MyDots</c>; totals only once the vote has closed (staff see them live).
/// </summary>
public sealed record ProposalBoardDto(int EventId, string EventTitle, VotingStatus Voting, string VotingWords, int DotsPerPerson,
    bool TotalsVisible, string? ParticipantName, int? MyDotsLeft, IReadOnlyList<ProposalThemeDto> Themes, IReadOnlyList<ThemeOption> ThemeOptions);

public sealed record ThemeOption(int Id, string Name);

/// <summary>One commitment as staff see it (owner's email included).</summary>
public sealed record CommitmentDto(int Id, string Action, string OrganisationName, int? CooperativeId, int? PartnerId, string OwnerName,
    string OwnerEmail, int? ProposalId, CommitmentStatus Status, string StatusWords, string? StatusNote, DateTimeOffset StatusUpdatedAt,
    IReadOnlyList<DateOnly> FollowUpDates, int Version);

/// <summary>One line of the public actions tracker: no email, the owner's first name only.</summary>
public sealed record TrackerLineDto(int Id, string Action, string OrganisationName, string Owner, CommitmentStatus Status, string StatusWords,
    string? StatusNote, DateOnly StatusDate);

public sealed record TrackerDto(int EventId, string EventTitle, TrackerVisibility Visibility, IReadOnlyList<TrackerLineDto> Commitments);

internal static class Deliberations
{
    /// <summary>The confirmed registration behind a plan-page token (a wrong or cancelled one is simply not found).</summary>
    public static async Task<Registration> ParticipantAsync(IAppDbContext db, int eventId, string token, CancellationToken ct)
    {
        var t = (token ?? "").Trim();
        var registration = t.Length == 0 ? null
            : await db.Registrations.FirstOrDefaultAsync(r => r.Token == t && r.EventId == eventId, ct);
        return registration is { Status: PlaceStatus.Confirmed } ? registration : throw new NotFoundException("Registration", "token");
    }

    public static async Task<Event> EventAsync(IAppDbContext db, int eventId, CancellationToken ct) =>
        await db.Events.Include(e => e.Themes).FirstOrDefaultAsync(e => e.Id == eventId, ct)
        ?? throw new NotFoundException("Event", eventId);

    /// <summary>"Maria Lopez" → "Maria": the tracker names owners by first name only.</summary>
    public static string FirstName(string name) => name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}
