using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Application.Dues;

/// <summary>
/// Writes a run's batch of new invoices in the current transaction without change tracking (thousands per batch;
/// tracking them costs far more than the inserts). A duplicate (co-op, policy, period) fails with the same
/// DbUpdateException a tracked save would.
/// </summary>
public interface IInvoiceWriter
{
    /// <summary>
    /// The rows invoices are written as: their column values in the database's formats and their lines as JSON, in the
    /// same order. Touches no database and no context, so a run prepares the next batch's rows on another thread while
    /// this one is written.
    /// </summary>
    IReadOnlyList<InvoiceRow> Prepare(IReadOnlyList<Invoice> invoices);

    Task InsertAsync(IReadOnlyList<InvoiceRow> rows, CancellationToken ct);
}

/// <summary>An invoice ready to be inserted (see <see cref="IInvoiceWriter.Prepare"/>).</summary>
public sealed record InvoiceRow(Invoice Invoice, object[] Values);
