ALTER TABLE "participations" ADD COLUMN "follow_up_6m_date" date;--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "follow_up_6m_reached" boolean;--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "follow_up_6m_occupation" text[];--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "follow_up_6m_work_hours" real;--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "follow_up_6m_study_hours" real;--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "follow_up_12m_date" date;--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "follow_up_12m_reached" boolean;--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "follow_up_12m_occupation" text[];--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "follow_up_12m_work_hours" real;--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "follow_up_12m_study_hours" real;