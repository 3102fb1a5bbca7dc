using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff remove a theme that no session or action proposal uses (422 otherwise).</summary>
[Authorize(Roles.Staff)]
public sealed record RemoveEventTheme(int EventId, int ThemeId) : ICommand;

public sealed class RemoveEventThemeHandler(IAppDbContext db) : IRequestHandler<RemoveEventTheme, Unit>
{
    public async Task<Unit> Handle(RemoveEventTheme request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken);
        if (ev.Themes.All(t => t.Id != request.ThemeId))
        {
            throw new NotFoundException("Theme", request.ThemeId);
        }

        var inUse = await db.EventSessions.AnyAsync(s => s.ThemeId == request.ThemeId, cancellationToken)
                    || await db.ActionProposals.AnyAsync(p => p.ThemeId == request.ThemeId, cancellationToken);
        ev.RemoveTheme(request.ThemeId, inUse);
        return Unit.Value;
    }
}
