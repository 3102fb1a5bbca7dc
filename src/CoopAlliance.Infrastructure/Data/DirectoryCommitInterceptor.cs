using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>After a commit, lets the context tell the public directory's cache about the changes it saved (<see cref="AppDbContext.AfterCommit"/>).</summary>
internal sealed class DirectoryCommitInterceptor : DbTransactionInterceptor
{
    public static readonly DirectoryCommitInterceptor Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as AppDbContext)?.AfterCommit();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as AppDbContext)?.AfterCommit();
        return Task.CompletedTask;
    }
}
