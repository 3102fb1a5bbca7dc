using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff add a theme to the event (sessions and proposals are grouped by theme). Returns the theme's id.</summary>
[Authorize(Roles.Staff)]
public sealed record AddEventTheme(int EventId, string Name) : ICommand<int>;

public sealed class AddEventThemeValidator : AbstractValidator<AddEventTheme>
{
    public AddEventThemeValidator() =>
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the theme.").MaximumLength(200).WithMessage("Keep the theme under 200 characters.");
}

public sealed class AddEventThemeHandler(IAppDbContext db) : IRequestHandler<AddEventTheme, int>
{
    public async Task<int> Handle(AddEventTheme request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken);
        var theme = ev.AddTheme(request.Name);
        await db.SaveChangesAsync(cancellationToken);
        return theme.Id;
    }
}
