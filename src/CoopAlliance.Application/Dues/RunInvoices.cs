using AutoMapper;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Dues;

/// <summary>
/// Invoices every member co-op in good standing or lapsed for one billing period, and returns the run's log.
/// Safe to repeat, to run on two app nodes at once and to restart after a crash, because the database decides:
/// <list type="number">
/// <item>the run is claimed in the run log (unique per period); a live claim held by another worker is left alone
/// and its log returned; a failed, finished or abandoned one (no heartbeat for 5 minutes) is taken over by one
/// guarded UPDATE;</item>
/// <item>co-ops are worked through in batches, each in its own transaction that also moves the run's progress, so
/// what is done stays done;</item>
/// <item>each batch skips co-ops already invoiced for the period, and the unique key (co-op, policy, period) refuses
/// a duplicate from a concurrent node — the batch then rolls back and is recounted.</item>
/// </list>
/// A batch's invoices are written by <see cref="IInvoiceWriter"/> (plain INSERTs, no change tracking) and its facts are
/// read by id range, and the next batch is read and computed (on another thread) while one is written: that is what makes
/// 15,000 invoices a matter of a fraction of a second (scripts/bench.sh dues).
/// Not a command on purpose: a command is one transaction, and a run must commit as it goes. Its record is the run log.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RunInvoices(string Period, string Trigger = "started by hand") : IRequest<InvoiceRunDto>;

public sealed class RunInvoicesValidator : AbstractValidator<RunInvoices>
{
    public RunInvoicesValidator() =>
        RuleFor(x => x.Period).Must(p => BillingPeriod.TryParse(p, out _))
            .WithMessage("Write the billing period as a month (2027-01), a quarter (2027-Q1) or a year (2027).");
}

public sealed class RunInvoicesHandler(IAppDbContext db, IInvoiceWriter writer, AllianceClock clock, ICurrentUser user, IOptions<DuesOptions> options,
    IMapper mapper, ILogger<RunInvoicesHandler> logger, IPdfRenderer renderer, IOptions<AppOptions> app, IServiceScopeFactory scopes,
    IInvoiceRunPause pause, IOptions<AlliancePaymentOptions> payments, IStringLocalizer<DuesTexts> dues)
    : IRequestHandler<RunInvoices, InvoiceRunDto>
{
    private readonly Guid _worker = Guid.NewGuid();

    public async Task<InvoiceRunDto> Handle(RunInvoices request, CancellationToken cancellationToken)
    {
        var pp = await InvoiceComputation.PolicyForAsync(db, request.Period, cancellationToken);
        var (run, mine) = await ClaimAsync(pp, request.Trigger, cancellationToken);
        if (mine)
        {
            try
            {
                await ProcessAsync(run.Id, pp, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Invoice run {Period} failed", pp.Period.Key);
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

    private async Task<(InvoiceRun Run, bool Mine)> ClaimAsync(PolicyAndPeriod pp, string trigger, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var key = pp.Period.Key;
        var existing = await db.InvoiceRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Kind == InvoiceKind.Dues && r.PeriodKey == key, ct);
        if (existing is null)
        {
            var run = new InvoiceRun(key, pp.Policy.Id, user.Name, _worker, now);
            run.Note($"{clock.ToLocal(now):yyyy-MM-dd HH:mm}: started by {user.Name} ({trigger}) under \"{pp.Policy.Name}\".");
            db.InvoiceRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(ct);
                return (run, true);
            }
            catch (DbUpdateException ex) when (db.IsDuplicateKey(ex, typeof(InvoiceRun)))
            {
                // Another worker claimed this period a moment ago (unique period key).
                db.ChangeTracker.Clear();
                existing = await db.InvoiceRuns.AsNoTracking().FirstAsync(r => r.Kind == InvoiceKind.Dues && r.PeriodKey == key, ct);
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
                .SetProperty(r => r.PolicyId, pp.Policy.Id)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1), ct);
        if (taken == 0)
        {
            return (await db.InvoiceRuns.AsNoTracking().FirstAsync(r => r.Id == existing.Id, ct), false);
        }

        var claimed = await db.InvoiceRuns.FirstAsync(r => r.Id == existing.Id, ct);
        claimed.Note($"{clock.ToLocal(now):yyyy-MM-dd HH:mm}: attempt {claimed.Attempts} by {user.Name} ({trigger}); co-ops already invoiced are skipped.");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (claimed, true);
    }

    private async Task ProcessAsync(int runId, PolicyAndPeriod pp, CancellationToken ct)
    {
        var size = Math.Max(1, options.Value.BatchSize);
        var eligible = await InvoiceComputation.Billable(db, pp.Period).CountAsync(ct);
        await db.InvoiceRuns.Where(r => r.Id == runId && r.ClaimedBy == _worker)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Eligible, eligible).SetProperty(r => r.Processed, 0), ct);

        var notes = new List<string>();
        var batches = 0;
        // The batches are read and computed ahead, on another thread and a context (connection) of their own, while
        // this context writes the batch before: the run then costs little more than its writes (scripts/bench.sh dues).
        // Only committed co-ops and facts are read there; each batch's own transaction still decides what is invoiced.
        using var readScope = scopes.CreateScope();
        var reader = readScope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var next = ReadAheadAsync(reader, runId, pp, 0, size, ct);
        try
        {
            while (await next is { } batch)
            {
                next = ReadAheadAsync(reader, runId, pp, batch.Coops[^1].Id, size, ct);
                var strategy = db.Database.CreateExecutionStrategy();
                var kept = await strategy.ExecuteAsync(() => InvoiceBatchAsync(runId, pp, batch.Coops, batch.IssuedOn, batch.Plans, notes, ct));
                if (!kept)
                {
                    logger.LogWarning("Invoice run {Period}: another worker took over the run; this one stops", pp.Period.Key);
                    return;
                }

                if (++batches == options.Value.FailAfterBatches)
                {
                    throw new InvalidOperationException($"Injected failure after batch {batches} (Dues:FailAfterBatches).");
                }

                await pause.AfterBatchAsync(pp.Period.Key, batches, ct);
            }
        }
        finally
        {
            // Never leave the read-ahead using its context after the scope is gone, whatever ended the loop.
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

    /// <summary>
    /// On the thread pool, with the reader context: the next batch of co-ops after <paramref name="afterId"/>, their facts,
    /// and their invoices computed and prepared as rows; null when no co-op is left. Every co-op of the batch is planned:
    /// the batch's transaction decides which of them are still to be invoiced.
    /// </summary>
    private Task<NextBatch?> ReadAheadAsync(IAppDbContext reader, int runId, PolicyAndPeriod pp, int afterId, int size, CancellationToken ct) =>
        Task.Run(async () =>
        {
            var coops = await InvoiceComputation.BatchAsync(reader, pp.Period, afterId, size, ct);
            if (coops.Count == 0)
            {
                return null;
            }

            var facts = await InvoiceComputation.FactsAsync(reader, pp, coops, ct);
            var issuedOn = clock.Today;
            return new NextBatch(coops, issuedOn, Plan(runId, pp, coops, facts, issuedOn));
        }, ct);

    /// <summary>Each co-op's invoice row, or why it gets none (Row and Error both null: no tier of the policy covers it).</summary>
    private Dictionary<int, (InvoiceRow? Row, string? Error)> Plan(int runId, PolicyAndPeriod pp, List<BillableCoop> coops,
        InvoiceComputation.BatchFacts facts, DateOnly issuedOn)
    {
        var plans = new Dictionary<int, (InvoiceRow? Row, string? Error)>(coops.Count);
        var invoices = new List<Invoice>(coops.Count);
        foreach (var (id, (draft, error)) in InvoiceComputation.Compute(pp, coops, facts))
        {
            if (draft is null)
            {
                plans[id] = (null, error);
            }
            else
            {
                invoices.Add(new Invoice(id, pp.Policy.Id, pp.Period, issuedOn, pp.Policy.DueDays, draft, runId));
            }
        }

        foreach (var row in writer.Prepare(invoices))
        {
            plans[row.Invoice.CooperativeId] = (row, null);
        }

        return plans;
    }

    private sealed record NextBatch(List<BillableCoop> Coops, DateOnly IssuedOn, Dictionary<int, (InvoiceRow? Row, string? Error)> Plans);

    /// <summary>One batch in one transaction; false when this worker no longer holds the run.</summary>
    private async Task<bool> InvoiceBatchAsync(int runId, PolicyAndPeriod pp, IReadOnlyList<BillableCoop> coops, DateOnly issuedOn,
        Dictionary<int, (InvoiceRow? Row, string? Error)> plans, List<string> notes, CancellationToken ct)
    {
        var key = pp.Period.Key;
        var (first, last) = (coops[0].Id, coops[^1].Id);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var invoiced = (await db.Invoices.Where(i => i.Kind == InvoiceKind.Dues && i.PeriodKey == key && i.CooperativeId >= first && i.CooperativeId <= last)
                .Select(i => i.CooperativeId).ToListAsync(ct)).ToHashSet();
            var todo = coops.Where(c => !invoiced.Contains(c.Id)).ToList();
            int created = 0, errors = 0, notBilled = 0;
            decimal billed = 0;
            var batchNotes = new List<string>();
            var rows = new List<InvoiceRow>();
            foreach (var coop in todo)
            {
                var (row, error) = plans[coop.Id];
                if (error is not null)
                {
                    errors++;
                    batchNotes.Add($"{coop.Name} (#{coop.Id}) not invoiced: {error}");
                }
                else if (row is null)
                {
                    notBilled++;
                    batchNotes.Add($"{coop.Name} (#{coop.Id}) not invoiced: no tier of the policy covers it.");
                }
                else
                {
                    rows.Add(row);
                    created++;
                    billed += row.Invoice.Total;
                }
            }

            var now = clock.UtcNow;
            var skipped = coops.Count - todo.Count + notBilled;
            var moved = await db.InvoiceRuns.Where(r => r.Id == runId && r.ClaimedBy == _worker)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Processed, r => r.Processed + coops.Count)
                    .SetProperty(r => r.Created, r => r.Created + created)
                    .SetProperty(r => r.Skipped, r => r.Skipped + skipped)
                    .SetProperty(r => r.Errors, r => r.Errors + errors)
                    .SetProperty(r => r.AmountBilled, r => r.AmountBilled + billed)
                    .SetProperty(r => r.HeartbeatAt, now), ct);
            if (moved == 0)
            {
                await transaction.RollbackAsync(ct);
                return false;
            }

            try
            {
                await writer.InsertAsync(rows, ct);
                if (options.Value.EmailInvoices && rows.Count > 0)
                {
                    // The emails (statement attached) commit with the invoices they announce, or not at all.
                    await InvoiceEmails.QueueForRunAsync(db, renderer, dues, app.Value, payments.Value, key, runId, rows.Select(r => r.Invoice.CooperativeId).ToList(), issuedOn,
                        now, ct);
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }

                await transaction.CommitAsync(ct);
                notes.AddRange(batchNotes);
                return true;
            }
            catch (DbUpdateException ex) when (attempt < 3 && db.IsDuplicateKey(ex, typeof(Invoice)))
            {
                // A concurrent worker invoiced some of these co-ops first (unique co-op + policy + period):
                // undo this batch and count again; those co-ops are then skipped.
                logger.LogInformation(ex, "Invoice run {Period}: batch after #{After} met invoices from another worker; retrying", key, first);
                await transaction.RollbackAsync(ct);
            }
        }
    }
}
