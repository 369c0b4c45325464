ALTER TABLE "surveys" ADD CONSTRAINT "surveys_id_association_uq" UNIQUE("id","association_id");--> statement-breakpoint
ALTER TABLE "survey_composites" DROP CONSTRAINT "survey_composites_survey_id_surveys_id_fk";
--> statement-breakpoint
ALTER TABLE "survey_composites" ADD CONSTRAINT "survey_composites_survey_fk" FOREIGN KEY ("survey_id","association_id") REFERENCES "public"."surveys"("id","association_id") ON DELETE cascade ON UPDATE no action;
