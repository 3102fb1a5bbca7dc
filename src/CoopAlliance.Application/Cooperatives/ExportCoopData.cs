using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CsvHelper;
using CsvHelper.Configuration;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Cooperatives;

/// <summary>One file of a co-op's data export: its name inside the ZIP, what it holds (for the README) and its bytes.</summary>
public sealed record CoopExportFile(string Name, string Describes, byte[] Content);

/// <summary>
/// The extension point for features that hold more about a co-op (the loan fund's loans, the votes a co-op cast):
/// register one implementation per feature in DI and its files join every export. Each must return only rows of the
/// co-op it is given and nothing staff keep internal.
/// </summary>
public interface ICoopDataExportSection
{
    Task<IReadOnlyList<CoopExportFile>> FilesAsync(int cooperativeId, CancellationToken cancellationToken);
}

/// <summary>
/// Everything the alliance holds about one co-op, as a ZIP of JSON and CSV files with a README: profile, roster,
/// membership history, invoices and payments, assistance requests with their comments that are not internal, benefits
/// elections, directory listings and event registrations made for the co-op. A rep gets their own co-op's; staff any;
/// anyone else 404.
/// </summary>
[AnySignedInUser]
public sealed record ExportCoopData(int CooperativeId) : IRequest<CoopDataExport>;

public sealed record CoopDataExport(string FileName, byte[] Content);

public sealed class ExportCoopDataHandler(IAppDbContext db, CoopAccess access, TimeProvider clock, IEnumerable<ICoopDataExportSection> sections)
    : IRequestHandler<ExportCoopData, CoopDataExport>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    public async Task<CoopDataExport> Handle(ExportCoopData request, CancellationToken cancellationToken)
    {
        var id = request.CooperativeId;
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), id, cancellationToken);
        var files = new List<CoopExportFile>();

        files.Add(JsonFile("profile.json", "The co-op's profile as the registry holds it.", new
        {
            coop.Id,
            coop.LegalName,
            coop.TradeName,
            coop.Kind,
            coop.Sector,
            coop.StreetAddress,
            coop.Town,
            coop.State,
            coop.PostalCode,
            coop.Region,
            coop.FoundedOn,
            coop.WorkerOwners,
            coop.OtherWorkers,
            coop.RevenueBand,
            coop.Website,
            coop.Email,
            coop.Phone,
            coop.Description,
            coop.PreferredLanguage,
            coop.Status,
            coop.StatusChangedAt,
            coop.MemberSince,
        }));

        var people = (await db.People.AsNoTracking().Where(p => p.CooperativeId == id).OrderBy(p => p.FullName).ToListAsync(cancellationToken))
            .Select(p => new PersonRow(p.Id, p.FullName, p.Role, p.Email, p.Phone, p.IsWorkerOwner, p.StartedOn, p.IsPrimaryContact)).ToList();
        files.AddRange(Both("roster", "The people on the co-op's roster.", people));

        var history = (await db.MembershipChanges.AsNoTracking().Where(h => h.CooperativeId == id).OrderBy(h => h.At).ToListAsync(cancellationToken))
            .Select(h => new HistoryRow(h.At, h.Transition.ToString(), h.From.ToString(), h.To.ToString(), h.ByName, h.Reason, h.EffectiveOn, h.BoardVoteOn)).ToList();
        files.AddRange(Both("membership-history", "Every change of membership status.", history));

        var invoices = (await db.Invoices.AsNoTracking().Where(i => i.CooperativeId == id).OrderBy(i => i.IssuedOn).ToListAsync(cancellationToken))
            .Select(i => new InvoiceRow(i.Id, i.Kind.ToString(), i.PeriodKey, i.PeriodStart, i.PeriodEnd, i.IssuedOn, i.DueOn, i.Total, i.VoidedOn, i.VoidReason)).ToList();
        files.AddRange(Both("invoices", "The invoices sent to the co-op.", invoices));

        var payments = (await db.Payments.AsNoTracking().Where(p => p.CooperativeId == id).OrderBy(p => p.ReceivedOn).ToListAsync(cancellationToken))
            .Select(p => new PaymentRow(p.Id, p.InvoiceId, p.Amount, p.ReceivedOn, p.Method.ToString(), p.Reference, p.RecordedAt)).ToList();
        files.AddRange(Both("payments", "The payments received from the co-op.", payments));

        var requests = (await db.AssistanceRequests.AsNoTracking().Where(r => r.CooperativeId == id).OrderBy(r => r.SubmittedAt).ToListAsync(cancellationToken))
            .Select(r => new AssistanceRow(r.Id, r.Category.ToString(), r.Title, r.Description, r.Urgency.ToString(), r.Status.ToString(), r.SubmittedAt,
                r.SubmittedByName, r.FirstRespondedAt, r.ResolvedAt, r.Resolution, r.DeclineReason, r.Rating, r.RatingComment)).ToList();
        files.AddRange(Both("assistance-requests", "The co-op's technical assistance requests.", requests));

        // Only what the co-op could read: staff's internal comments stay out.
        var comments = (await db.AssistanceComments.AsNoTracking()
            .Where(c => !c.IsInternal && db.AssistanceRequests.Any(r => r.Id == c.AssistanceRequestId && r.CooperativeId == id))
            .OrderBy(c => c.At).ToListAsync(cancellationToken))
            .Select(c => new CommentRow(c.AssistanceRequestId, c.At, c.AuthorName, c.ByStaff, c.Body)).ToList();
        files.AddRange(Both("assistance-comments", "The comments on those requests (not staff's internal notes).", comments));

        var elections = (await db.Elections.AsNoTracking().Where(e => e.CooperativeId == id).OrderBy(e => e.EffectiveOn).ToListAsync(cancellationToken))
            .Select(e => new ElectionRow(e.Id, e.PlanYearId, e.MemberId, e.Choice.ToString(), e.Tier.ToString(), e.WaiveReason.ToString(), e.EffectiveOn,
                e.EndsOn, e.Reason.ToString(), e.RecordedAt)).ToList();
        files.AddRange(Both("benefits-elections", "The benefits elections recorded for the co-op's members.", elections));

        var listings = (await db.Listings.AsNoTracking().Where(l => l.CooperativeId == id).OrderBy(l => l.CreatedAt).ToListAsync(cancellationToken))
            .Select(l => new ListingRow(l.Id, l.Title, l.Kind.ToString(), l.Description, l.HowToOrder, l.ContactEmail, l.ContactPhone, l.Website, l.OrderUrl,
                l.Status.ToString(), l.CreatedAt, l.UpdatedAt)).ToList();
        files.AddRange(Both("listings", "The co-op's directory listings.", listings));

        var registrations = (await db.Registrations.AsNoTracking().Where(r => r.CooperativeId == id)
                .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { Registration = r, e.Title, e.StartsAt }).ToListAsync(cancellationToken))
            .Select(x => new RegistrationRow(x.Registration.Id, x.Title, x.StartsAt, x.Registration.Name, x.Registration.Email,
                x.Registration.Status.ToString(), x.Registration.Payment.ToString())).ToList();
        files.AddRange(Both("event-registrations", "Event registrations made for the co-op.", registrations.OrderBy(r => r.EventStartsAt).ToList()));

        foreach (var section in sections)
        {
            files.AddRange(await section.FilesAsync(id, cancellationToken));
        }

        var now = clock.GetUtcNow();
        var readme = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Everything the alliance holds about {coop.LegalName} (co-op {coop.Id}), exported {now:yyyy-MM-dd HH:mm} UTC.")
            .AppendLine("Each list comes as JSON (for programs) and CSV (for spreadsheets).")
            .AppendLine();
        foreach (var f in files)
        {
            readme.AppendLine(CultureInfo.InvariantCulture, $"{f.Name}: {f.Describes}");
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var f in files.Prepend(new CoopExportFile("README.txt", "", Encoding.UTF8.GetBytes(readme.ToString()))))
            {
                var entry = archive.CreateEntry(f.Name, CompressionLevel.Optimal);
                entry.LastWriteTime = now;
                await using var stream = entry.Open();
                await stream.WriteAsync(f.Content, cancellationToken);
            }
        }

        return new CoopDataExport($"coop-{coop.Id}-data-{now:yyyy-MM-dd}.zip", zip.ToArray());
    }

    private static CoopExportFile JsonFile(string name, string describes, object value) =>
        new(name, describes, JsonSerializer.SerializeToUtf8Bytes(value, Json));

    private static IEnumerable<CoopExportFile> Both<T>(string name, string describes, IReadOnlyList<T> rows)
    {
        yield return JsonFile($"{name}.json", describes, rows);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Csv, leaveOpen: true))
        {
            csv.WriteRecords(rows);
        }

        yield return new CoopExportFile($"{name}.csv", describes, Encoding.UTF8.GetBytes(text.ToString()));
    }

    private sealed record PersonRow(int Id, string FullName, string? Role, string? Email, string? Phone, bool IsWorkerOwner, DateOnly? StartedOn, bool IsPrimaryContact);
    private sealed record HistoryRow(DateTimeOffset At, string Transition, string? From, string To, string ByName, string? Reason, DateOnly? EffectiveOn, DateOnly? BoardVoteOn);
    private sealed record InvoiceRow(int Id, string Kind, string Period, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly IssuedOn, DateOnly DueOn, decimal Total, DateOnly? VoidedOn, string? VoidReason);
    private sealed record PaymentRow(int Id, int? InvoiceId, decimal Amount, DateOnly ReceivedOn, string Method, string? Reference, DateTimeOffset RecordedAt);
    private sealed record AssistanceRow(int Id, string Category, string Title, string Description, string Urgency, string Status, DateTimeOffset SubmittedAt,
        string SubmittedBy, DateTimeOffset? FirstRespondedAt, DateTimeOffset? ResolvedAt, string? Resolution, string? DeclineReason, int? Rating, string? RatingComment);
    private sealed record CommentRow(int RequestId, DateTimeOffset At, string Author, bool ByStaff, string Body);
    private sealed record ElectionRow(int Id, int PlanYearId, int MemberId, string Choice, string? Tier, string? WaiveReason, DateOnly EffectiveOn, DateOnly? EndsOn,
        string Reason, DateTimeOffset RecordedAt);
    private sealed record ListingRow(int Id, string Title, string Kind, string Description, string? HowToOrder, string? ContactEmail, string? ContactPhone,
        string? Website, string? OrderUrl, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
    private sealed record RegistrationRow(int Id, string Event, DateTime EventStartsAt, string Name, string Email, string Status, string Payment);
}
