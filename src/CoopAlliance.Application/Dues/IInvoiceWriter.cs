using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Application.Dues;

/// <summary>
/// Writes a run's batch of new invoices in the current transaction without change tracking (thousands per batch;
/// tracking them costs far more than the inserts). A duplicate (co-op, policy, period) fails with the same
/// DbUpdateException a tracked save would.
/// </summary>
public interface IInvoiceWriter
{
    Task InsertAsync(IReadOnlyList<Invoice> invoices, CancellationToken ct);
}
