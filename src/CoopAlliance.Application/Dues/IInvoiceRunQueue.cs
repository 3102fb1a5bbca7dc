namespace CoopAlliance.Application.Dues;

/// <summary>
/// Hands an invoice run to the background job system, so whichever job server picks it up (on any app node) runs
/// <see cref="RunInvoices"/> as the person who started it. Only queues: the run's claim in the database still decides
/// whether anything is invoiced, so a run queued twice, or run on two nodes, never invoices twice.
/// </summary>
public interface IInvoiceRunQueue
{
    /// <summary>Queues the run of <paramref name="periodKey"/> on behalf of the login <paramref name="startedBy"/>; returns the job's id.</summary>
    string Enqueue(string periodKey, int startedBy);
}

/// <summary>
/// A seam between an invoice run's batches, after each commits. The application does nothing there; tests replace it
/// to hold a run visibly under way (progress, a start answered 202) however fast the machine writes.
/// </summary>
public interface IInvoiceRunPause
{
    Task AfterBatchAsync(string periodKey, int batch, CancellationToken ct);
}

/// <summary>The application's pause between batches: none.</summary>
public sealed class NoInvoiceRunPause : IInvoiceRunPause
{
    public Task AfterBatchAsync(string periodKey, int batch, CancellationToken ct) => Task.CompletedTask;
}
