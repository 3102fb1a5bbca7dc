using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Common.Behaviours;

/// <summary>
/// A command is one transaction inside the provider's execution strategy (so SQL Server's retry on
/// transient failures replays the whole unit). A command sent from inside another joins its transaction.
/// </summary>
public sealed class UnitOfWorkBehaviour<TRequest, TResponse>(IAppDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        if (db.Database.CurrentTransaction is not null)
        {
            var inner = await next();
            await db.SaveChangesAsync(cancellationToken);
            return inner;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        var attempt = 0;
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                if (attempt++ > 0)
                {
                    db.ChangeTracker.Clear(); // a retried attempt starts from what the database holds
                }

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var response = await next();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return response;
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException("Someone else changed this record while you were editing it. Reload it to see their changes, then make yours again.");
        }
    }
}
