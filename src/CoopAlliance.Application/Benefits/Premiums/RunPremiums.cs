using AutoMapper;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Benefits.Premiums;

/// <summary>
/// Bills every co-op taking part in a group plan for one month's premiums, on the co-op's one account beside its dues
/// (<see cref="InvoiceKind.BenefitPremium"/>), and returns the run's log. What is billed: <see cref="PremiumComputation"/>.
/// The same guarantees as the dues run (<see cref="RunInvoicesHandler"/>), and for the same reasons — the database decides:
/// <list type="number">
/// <item>the run is claimed in the run log (unique per kind and month); a live claim is left alone and its log returned; a
/// failed, finished or abandoned one (no heartbeat for 5 minutes) is taken over by one guarded UPDATE;</item>
/// <item>co-ops are billed in batches by id, each in its own transaction that also moves the run's progress;</item>
/// <item>each batch skips co-ops that already have the month's premium invoice, and the unique key (co-op, kind, month)
/// refuses a duplicate from a concurrent node — the batch then rolls back and is recounted.</item>
/// </list>
/// Run twice, on two nodes at once, or after a crash: exactly one premium invoice per co-op and month.
/// Not a command on purpose (a command is one transaction; a run commits as it goes). Its record is the run log.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RunPremiums(string Period, string Trigger = "started by hand") : IRequest<InvoiceRunDto>;

public sealed class RunPremiumsValidator : AbstractValidator<RunPremiums>
{
    public RunPremiumsValidator() =>
        RuleFor(x => x.Period).Must(IsMonth).WithMessage("Write the month as yyyy-MM, e.g. 2027-01: premiums are billed monthly.");

    public static bool IsMonth(string? period) =>
        period is { Length: 7 } && BillingPeriod.TryParse(period, out var p) && p.Frequency == BillingFrequency.Monthly;
}

public sealed class RunPremiumsHandler(IAppDbContext db, IInvoiceWriter writer, AllianceClock clock, ICurrentUser user, IOptions<PremiumOptions> options,
    IMapper mapper, ILogger<RunPremiumsHandler> logger, IServiceScopeFactory scopes, IInvoiceRunPause pause)
    : IRequestHandler<RunPremiums, InvoiceRunDto>
{
    private const InvoiceKind Kind = InvoiceKind.BenefitPremium;
    private readonly Guid _worker = Guid.NewGuid();

    public async Task<InvoiceRunDto> Handle(RunPremiums request, CancellationToken cancellationToken)
    {
        var month = BillingPeriod.Parse(request.Period);
        var (run, mine) = await ClaimAsync(month, request.Trigger, cancellationToken);
        if (mine)
        {
            try
            {
                await ProcessAsync(run.Id, month, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Premium run {Period} failed", month.Key);
                db.ChangeTracker.Clear();
                var failed = await db.InvoiceRuns.FirstAsync(r => r.Id == run.Id, cancellationToken);
                if (failed.ClaimedBy == _worker)
                {
                    failed.Fail(clock.UtcNow, ex.Message);
                    await db.SaveChangesAsync(cancellationToken);
                }

                throw;
            }
        }

        return mapper.Map<InvoiceRunDto>(await db.InvoiceRuns.AsNoTracking().FirstAsync(r => r.Id == run.Id, cancellationToken));
    }

    private async Task<(InvoiceRun Run, bool Mine)> ClaimAsync(BillingPeriod month, string trigger, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var key = month.Key;
        var existing = await db.InvoiceRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Kind == Kind && r.PeriodKey == key, ct);
        if (existing is null)
        {
            var run = new InvoiceRun(key, 0, user.Name, _worker, now, Kind);
            run.Note($"{clock.ToLocal(now):yyyy-MM-dd HH:mm}: group benefit premiums for {month.Describe()} started by {user.Name} ({trigger}).");
            db.InvoiceRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(ct);
                return (run, true);
            }
            catch (DbUpdateException ex) when (db.IsDuplicateKey(ex, typeof(InvoiceRun)))
            {
                // Another worker claimed this month a moment ago (unique kind and period).
                db.ChangeTracker.Clear();
                existing = await db.InvoiceRuns.AsNoTracking().FirstAsync(r => r.Kind == Kind && r.PeriodKey == key, ct);
            }
        }

        if (existing.IsLive(now))
        {
            return (existing, false);
        }

        var abandoned = now - InvoiceRun.ClaimTimeout;
        var taken = await db.InvoiceRuns
            .Where(r => r.Id == existing.Id && (r.Status != InvoiceRunStatus.Running || r.HeartbeatAt < abandoned))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, InvoiceRunStatus.Running)
                .SetProperty(r => r.ClaimedBy, _worker)
                .SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.FinishedAt, (DateTimeOffset?)null)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1), ct);
        if (taken == 0)
        {
            return (await db.InvoiceRuns.AsNoTracking().FirstAsync(r => r.Id == existing.Id, ct), false);
        }

        var claimed = await db.InvoiceRuns.FirstAsync(r => r.Id == existing.Id, ct);
        claimed.Note($"{clock.ToLocal(now):yyyy-MM-dd HH:mm}: attempt {claimed.Attempts} by {user.Name} ({trigger}); co-ops already billed are skipped.");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (claimed, true);
    }

    private async Task ProcessAsync(int runId, BillingPeriod month, CancellationToken ct)
    {
        var size = Math.Max(1, options.Value.BatchSize);
        var day = month.Start;
        var years = (await PremiumComputation.YearsOnAsync(db, day, ct)).ToDictionary(y => y.Id);
        var yearIds = years.Keys.ToList();
        var eligible = await PremiumComputation.Participating(db, yearIds, day).CountAsync(ct);
        await db.InvoiceRuns.Where(r => r.Id == runId && r.ClaimedBy == _worker)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Eligible, eligible).SetProperty(r => r.Processed, 0), ct);

        var notes = new List<string>();
        var batches = 0;
        // As in the dues run: the next batch is read and computed on another thread and context while this one is written.
        using var readScope = scopes.CreateScope();
        var reader = readScope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var next = ReadAheadAsync(reader, runId, month, years, 0, size, ct);
        try
        {
            while (await next is { } batch)
            {
                next = ReadAheadAsync(reader, runId, month, years, batch.Coops[^1].Id, size, ct);
                var strategy = db.Database.CreateExecutionStrategy();
                var kept = await strategy.ExecuteAsync(() => BillBatchAsync(runId, month, batch, notes, ct));
                if (!kept)
                {
                    logger.LogWarning("Premium run {Period}: another worker took over the run; this one stops", month.Key);
                    return;
                }

                await pause.AfterBatchAsync(month.Key, ++batches, ct);
            }
        }
        finally
        {
            await Task.WhenAny(next);
        }

        var run = await db.InvoiceRuns.FirstAsync(r => r.Id == runId, ct);
        if (run.ClaimedBy != _worker)
        {
            return;
        }

        foreach (var note in notes.Take(20))
        {
            run.Note(note);
        }

        run.Succeed(clock.UtcNow);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private Task<NextBatch?> ReadAheadAsync(IAppDbContext reader, int runId, BillingPeriod month, Dictionary<int, PlanYear> years, int afterId, int size,
        CancellationToken ct) =>
        Task.Run(async () =>
        {
            var yearIds = years.Keys.ToList();
            var coops = await PremiumComputation.BatchAsync(reader, yearIds, month.Start, afterId, size, ct);
            if (coops.Count == 0)
            {
                return null;
            }

            var facts = await PremiumComputation.FactsAsync(reader, yearIds, month.Start, coops, ct);
            var issuedOn = clock.Today;
            var plans = new Dictionary<int, (InvoiceRow? Row, string? Error)>(coops.Count);
            var invoices = new List<Invoice>(coops.Count);
            foreach (var (id, (draft, error)) in PremiumComputation.Compute(years, coops, facts))
            {
                if (draft is null)
                {
                    plans[id] = (null, error);
                }
                else
                {
                    invoices.Add(Invoice.ForPremiums(id, month, issuedOn, options.Value.DueDays, draft, runId));
                }
            }

            foreach (var row in writer.Prepare(invoices))
            {
                plans[row.Invoice.CooperativeId] = (row, null);
            }

            return new NextBatch(coops, plans);
        }, ct);

    private sealed record NextBatch(List<PremiumCoop> Coops, Dictionary<int, (InvoiceRow? Row, string? Error)> Plans);

    /// <summary>One batch in one transaction; false when this worker no longer holds the run.</summary>
    private async Task<bool> BillBatchAsync(int runId, BillingPeriod month, NextBatch batch, List<string> notes, CancellationToken ct)
    {
        var key = month.Key;
        var coops = batch.Coops;
        var (first, last) = (coops[0].Id, coops[^1].Id);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var billed = (await db.Invoices.Where(i => i.Kind == Kind && i.PeriodKey == key && i.CooperativeId >= first && i.CooperativeId <= last)
                .Select(i => i.CooperativeId).ToListAsync(ct)).ToHashSet();
            var todo = coops.Where(c => !billed.Contains(c.Id)).ToList();
            int created = 0, errors = 0, uncovered = 0;
            decimal amount = 0;
            var batchNotes = new List<string>();
            var rows = new List<InvoiceRow>();
            foreach (var coop in todo)
            {
                var (row, error) = batch.Plans[coop.Id];
                if (error is not null)
                {
                    errors++;
                    batchNotes.Add($"{coop.Name} (#{coop.Id}) not billed: {error}");
                }
                else if (row is null)
                {
                    uncovered++;
                }
                else
                {
                    rows.Add(row);
                    created++;
                    amount += row.Invoice.Total;
                }
            }

            if (uncovered > 0)
            {
                batchNotes.Add($"{uncovered} co-op(s) after #{first - 1} had no worker covered on {month.Start:MMMM d, yyyy}: no invoice.");
            }

            var now = clock.UtcNow;
            var skipped = coops.Count - todo.Count + uncovered;
            var moved = await db.InvoiceRuns.Where(r => r.Id == runId && r.ClaimedBy == _worker)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Processed, r => r.Processed + coops.Count)
                    .SetProperty(r => r.Created, r => r.Created + created)
                    .SetProperty(r => r.Skipped, r => r.Skipped + skipped)
                    .SetProperty(r => r.Errors, r => r.Errors + errors)
                    .SetProperty(r => r.AmountBilled, r => r.AmountBilled + amount)
                    .SetProperty(r => r.HeartbeatAt, now), ct);
            if (moved == 0)
            {
                await transaction.RollbackAsync(ct);
                return false;
            }

            try
            {
                await writer.InsertAsync(rows, ct);
                await transaction.CommitAsync(ct);
                notes.AddRange(batchNotes);
                return true;
            }
            catch (DbUpdateException ex) when (attempt < 3 && db.IsDuplicateKey(ex, typeof(Invoice)))
            {
                // A concurrent worker billed some of these co-ops first (unique co-op + kind + month): undo and count again.
                logger.LogInformation(ex, "Premium run {Period}: batch after #{After} met invoices from another worker; retrying", key, first);
                await transaction.RollbackAsync(ct);
            }
        }
    }
}
