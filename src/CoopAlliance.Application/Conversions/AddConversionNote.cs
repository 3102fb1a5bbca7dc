using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Conversions;

/// <summary>Staff write a note on the stage the conversion is at (who and when are recorded).</summary>
[Authorize(Roles.Staff)]
public sealed record AddConversionNote(int Id, string Text) : ICommand;

public sealed class AddConversionNoteValidator : AbstractValidator<AddConversionNote>
{
    public AddConversionNoteValidator() =>
        RuleFor(x => x.Text).NotEmpty().WithMessage("Write the note.").MaximumLength(2000);
}

public sealed class AddConversionNoteHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddConversionNote, Unit>
{
    public async Task<Unit> Handle(AddConversionNote request, CancellationToken cancellationToken)
    {
        var conversion = await Conversions.LoadAsync(db, request.Id, cancellationToken);
        conversion.AddNote(request.Text, user.AsActor(), clock.GetUtcNow());
        return Unit.Value;
    }
}
