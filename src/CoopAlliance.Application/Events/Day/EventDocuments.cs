using System.Globalization;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Domain.Events;

namespace CoopAlliance.Application.Events.Day;

/// <summary>The event as the printed documents name it.</summary>
public sealed record EventHeader(string Title, string? Summary, DateTime StartsAt, DateTime EndsAt, string VenueName, string? VenueAddress, string? Town,
    string? AccessibilityNotes, string AllianceName);

/// <summary>One name badge.</summary>
public sealed record Badge(string Name, string? Organisation, string Ticket, string Code);

/// <summary>A scheduled session on the printed programme.</summary>
public sealed record ProgrammeSession(DateTime StartsAt, DateTime EndsAt, string? SlotLabel, string Room, string Title, SessionFormat Format, string? Theme,
    IReadOnlyList<string> Presenters, string? Description, bool NeedsSignUp);

public sealed record ProgrammeRoom(string Name, string? AccessibilityNotes);

public sealed record ProgrammeData(EventHeader Event, IReadOnlyList<string> Themes, IReadOnlyList<ProgrammeRoom> Rooms, IReadOnlyList<ProgrammeSession> Sessions);

/// <summary>A row of an attendance table: registered (confirmed places) and checked in.</summary>
public sealed record AttendanceRow(string Label, int Registered, int CheckedIn);

public sealed record SessionTurnout(DateTime? StartsAt, string Title, string? Room, SessionFormat Format, int? Capacity, int SignedUp, int Waiting, int SignedUpAndCheckedIn);

public sealed record ProposalTotal(string? Theme, string What, string AuthorName, int Dots, bool Hidden);

public sealed record CommitmentLine(string Action, string Organisation, string Owner, CommitmentStatus Status, string? Note, DateTimeOffset StatusUpdatedAt, DateOnly? NextFollowUp);

public sealed record EventReportData(
    EventHeader Event,
    DateTimeOffset GeneratedAt,
    int Waitlisted,
    IReadOnlyList<AttendanceRow> ByTicket,
    IReadOnlyList<AttendanceRow> ByOrganisation,
    IReadOnlyList<SessionTurnout> Sessions,
    VotingStatus Voting,
    IReadOnlyList<ProposalTotal> Proposals,
    IReadOnlyList<CommitmentLine> Commitments);

/// <summary>
/// The day's printed documents as <see cref="ReportDocument"/>s for <see cref="IPdfRenderer"/>: name badges, the
/// programme and the post-event report. They touch no database; the handlers in <c>EventPdfs</c> query what they show.
/// </summary>
public static class EventDocuments
{
    public const string NoBadges = "Nobody has a confirmed place yet.";
    public const string NoSessions = "The programme is being put together; no sessions are scheduled yet.";
    public const string NoOrganisation = "No organisation given";
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"Friday, July 23, 2027, 9:00 AM – 9:00 PM" (or both dates when it runs over several days).</summary>
    public static string When(DateTime starts, DateTime ends) =>
        starts.Date == ends.Date
            ? $"{starts.ToString("dddd, MMMM d, yyyy", Us)}, {Time(starts)} – {Time(ends)}"
            : $"{starts.ToString("dddd, MMMM d, yyyy", Us)}, {Time(starts)} – {ends.ToString("dddd, MMMM d, yyyy", Us)}, {Time(ends)}";

    public static string Time(DateTime at) => at.ToString("h:mm tt", Us);

    public static string Where(EventHeader ev) =>
        string.Join(", ", new[] { ev.VenueName, ev.VenueAddress, ev.Town }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>Badges eight to a page (two across): the name large, the organisation, the ticket and the short code.</summary>
    public static ReportDocument Badges(EventHeader ev, IReadOnlyList<Badge> badges)
    {
        var builder = new ReportBuilder($"{ev.Title} — name badges")
            .Footer($"{ev.Title} · {ev.StartsAt.ToString("MMMM d, yyyy", Us)}")
            .Metadata(author: ev.AllianceName, subject: ev.Title, keywords: "name badges");
        if (badges.Count == 0)
        {
            return builder.Paragraph(NoBadges).Build();
        }

        return builder.Cards(badges.Select(b => new Card(b.Name, [b.Organisation ?? "", b.Ticket, ev.Title], b.Code)), columns: 2, height: 150).Build();
    }

    /// <summary>The printed programme: when and where, access notes, then the sessions by time with their rooms, themes and presenters.</summary>
    public static ReportDocument Programme(ProgrammeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ev = data.Event;
        var builder = new ReportBuilder(ev.Title)
            .Letterhead(ev.AllianceName, "Programme")
            .Footer($"{ev.Title} — programme")
            .Metadata(author: ev.AllianceName, subject: ev.Title, keywords: "programme");
        if (!string.IsNullOrWhiteSpace(ev.Summary))
        {
            builder.Paragraph(ev.Summary);
        }

        var facts = new List<(string, string)> { ("When", When(ev.StartsAt, ev.EndsAt)), ("Where", Where(ev)) };
        if (data.Themes.Count > 0)
        {
            facts.Add(("Themes", string.Join(" · ", data.Themes)));
        }

        if (!string.IsNullOrWhiteSpace(ev.AccessibilityNotes))
        {
            facts.Add(("Accessibility", ev.AccessibilityNotes));
        }

        builder.KeyValues([.. facts]);
        builder.Heading("Programme");
        if (data.Sessions.Count == 0)
        {
            builder.Paragraph(NoSessions);
        }

        foreach (var slot in data.Sessions.GroupBy(s => (s.StartsAt, s.SlotLabel)).OrderBy(g => g.Key.StartsAt))
        {
            var ends = slot.Max(s => s.EndsAt);
            builder.Heading($"{Time(slot.Key.StartsAt)} – {Time(ends)}{(slot.Key.SlotLabel is { } label ? " · " + label : "")}", 2);
            foreach (var session in slot.OrderBy(s => s.Room, StringComparer.OrdinalIgnoreCase))
            {
                builder.Heading(session.Title, 3);
                var line = new List<string> { session.Room, session.Format.Describe() };
                if (session.Theme is { } theme)
                {
                    line.Add(theme);
                }

                if (session.EndsAt != ends)
                {
                    line.Add($"until {Time(session.EndsAt)}");
                }

                builder.Paragraph(string.Join(" · ", line));
                if (session.Presenters.Count > 0)
                {
                    builder.Paragraph("With " + string.Join(", ", session.Presenters));
                }

                if (!string.IsNullOrWhiteSpace(session.Description))
                {
                    builder.Paragraph(session.Description);
                }

                if (session.NeedsSignUp)
                {
                    builder.Paragraph("Places are limited: sign up from your confirmation link.");
                }
            }
        }

        var rooms = data.Rooms.Where(r => !string.IsNullOrWhiteSpace(r.AccessibilityNotes)).ToList();
        if (rooms.Count > 0)
        {
            builder.Heading("Rooms and access");
            builder.KeyValues([.. rooms.Select(r => (r.Name, r.AccessibilityNotes!))]);
        }

        return builder.Build();
    }

    /// <summary>
    /// The post-event report: attendance by ticket type and organisation (registered vs checked in), sessions and their
    /// turnout, the proposals with their dot totals by theme, and the commitments with their latest status.
    /// </summary>
    public static ReportDocument Report(EventReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ev = data.Event;
        var registered = data.ByTicket.Sum(r => r.Registered);
        var checkedIn = data.ByTicket.Sum(r => r.CheckedIn);
        var builder = new ReportBuilder($"{ev.Title} — report")
            .Letterhead(ev.AllianceName, $"{ev.Title} · {When(ev.StartsAt, ev.EndsAt)}")
            .Footer($"{ev.Title} — post-event report, generated {data.GeneratedAt.ToString("MMMM d, yyyy h:mm tt", Us)}")
            .Metadata(author: ev.AllianceName, subject: ev.Title, keywords: "event report", createdAt: data.GeneratedAt);
        builder.KeyValues(
            ("Where", Where(ev)),
            ("Registered", registered.ToString(Us)),
            ("Checked in", $"{checkedIn} of {registered}"),
            ("Still on the waitlist", data.Waitlisted.ToString(Us)),
            ("Commitments", data.Commitments.Count.ToString(Us)));

        builder.Heading("Attendance by ticket type");
        AttendanceTable(builder, data.ByTicket, "Ticket type");
        builder.Heading("Attendance by organisation");
        AttendanceTable(builder, data.ByOrganisation, "Organisation");

        builder.Heading("Sessions and turnout");
        if (data.Sessions.Count == 0)
        {
            builder.Paragraph("No sessions were accepted.");
        }
        else
        {
            builder.Table(t => t.Column("When", 1.1f).Column("Session", 3).Column("Room", 1.4f).Column("Format", 1.3f)
                .Column("Signed up", 1, ColumnAlign.Right).Column("Checked in", 1, ColumnAlign.Right)
                .Rows(data.Sessions.OrderBy(s => s.StartsAt ?? DateTime.MaxValue).ThenBy(s => s.Room), s =>
                [
                    s.StartsAt is { } at ? Time(at) : "Not scheduled",
                    s.Title,
                    s.Room ?? "",
                    s.Format.Describe(),
                    s.Capacity is { } cap ? $"{s.SignedUp} of {cap}{(s.Waiting > 0 ? $" (+{s.Waiting} waiting)" : "")}" : "Open to all",
                    s.Capacity is null ? "—" : s.SignedUpAndCheckedIn.ToString(Us),
                ]));
        }

        builder.Heading("Proposals and dot votes");
        builder.Paragraph($"Voting: {data.Voting.Describe()}.");
        var proposals = data.Proposals.Where(p => !p.Hidden).ToList();
        if (proposals.Count == 0)
        {
            builder.Paragraph("No proposals were put forward.");
        }

        foreach (var theme in proposals.GroupBy(p => p.Theme ?? "No theme").OrderByDescending(g => g.Sum(p => p.Dots)).ThenBy(g => g.Key))
        {
            builder.Heading($"{theme.Key} — {Dots(theme.Sum(p => p.Dots))}", 2);
            builder.Table(t => t.Column("Proposal", 4).Column("Put forward by", 1.6f).Column("Dots", 0.7f, ColumnAlign.Right)
                .Rows(theme.OrderByDescending(p => p.Dots).ThenBy(p => p.What), p => [p.What, p.AuthorName, p.Dots.ToString(Us)]));
        }

        builder.Heading("Commitments");
        if (data.Commitments.Count == 0)
        {
            builder.Paragraph("No commitments were recorded.");
        }
        else
        {
            builder.Table(t => t.Column("Commitment", 3).Column("Organisation", 1.6f).Column("Owner", 1.3f).Column("Status", 1.1f).Column("Next follow-up", 1.1f)
                .Rows(data.Commitments, c =>
                [
                    c.Note is { } note ? $"{c.Action} — {note}" : c.Action,
                    c.Organisation,
                    c.Owner,
                    $"{c.Status.Describe()} ({c.StatusUpdatedAt.ToString("MMM d", Us)})",
                    c.NextFollowUp?.ToString("MMM d, yyyy", Us) ?? "—",
                ]));
        }

        return builder.Build();
    }

    private static string Dots(int n) => n == 1 ? "1 dot" : $"{n} dots";

    private static void AttendanceTable(ReportBuilder builder, IReadOnlyList<AttendanceRow> rows, string label)
    {
        if (rows.Count == 0)
        {
            builder.Paragraph("Nobody has registered.");
            return;
        }

        builder.Table(t => t.Column(label, 3).Column("Registered", 1, ColumnAlign.Right).Column("Checked in", 1, ColumnAlign.Right)
            .Rows(rows, r => [r.Label, r.Registered.ToString(Us), r.CheckedIn.ToString(Us)])
            .Totals("Total", rows.Sum(r => r.Registered).ToString(Us), rows.Sum(r => r.CheckedIn).ToString(Us)));
    }
}
