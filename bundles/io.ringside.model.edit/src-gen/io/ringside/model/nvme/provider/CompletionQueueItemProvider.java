/**
 */
package io.ringside.model.nvme.provider;


import io.ringside.model.edit.internal.RingsideEditPlugin;

import io.ringside.model.nvme.CompletionQueue;
import io.ringside.model.nvme.NvmePackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.ringside.model.nvme.CompletionQueue} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CompletionQueueItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CompletionQueueItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addQidPropertyDescriptor(object);
			addSizePropertyDescriptor(object);
			addVectorPropertyDescriptor(object);
			addAddressPropertyDescriptor(object);
			addCreatedPropertyDescriptor(object);
			addTailPropertyDescriptor(object);
			addPhasePropertyDescriptor(object);
			addControllerHeadPropertyDescriptor(object);
			addHostHeadPropertyDescriptor(object);
			addHostPhasePropertyDescriptor(object);
			addDoorbellPropertyDescriptor(object);
			addUnconsumedPropertyDescriptor(object);
			addCompletionsPropertyDescriptor(object);
			addMmioDoorbellsPropertyDescriptor(object);
			addSkippedDoorbellsPropertyDescriptor(object);
			addInterruptsPropertyDescriptor(object);
			addLabelPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Qid feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQidPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_qid_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_qid_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__QID,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_size_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_size_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__SIZE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vector feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVectorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_vector_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_vector_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__VECTOR,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_address_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_address_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__ADDRESS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_created_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_created_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__CREATED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tail feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTailPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_tail_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_tail_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__TAIL,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Phase feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPhasePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_phase_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_phase_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__PHASE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Controller Head feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addControllerHeadPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_controllerHead_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_controllerHead_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__CONTROLLER_HEAD,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Host Head feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostHeadPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_hostHead_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_hostHead_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__HOST_HEAD,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Host Phase feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostPhasePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_hostPhase_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_hostPhase_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__HOST_PHASE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Doorbell feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDoorbellPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_doorbell_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_doorbell_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__DOORBELL,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unconsumed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnconsumedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_unconsumed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_unconsumed_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__UNCONSUMED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Completions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompletionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_completions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_completions_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__COMPLETIONS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mmio Doorbells feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMmioDoorbellsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_mmioDoorbells_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_mmioDoorbells_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__MMIO_DOORBELLS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Skipped Doorbells feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSkippedDoorbellsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_skippedDoorbells_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_skippedDoorbells_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__SKIPPED_DOORBELLS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Interrupts feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInterruptsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_interrupts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_interrupts_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__INTERRUPTS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Label feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLabelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CompletionQueue_label_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CompletionQueue_label_feature", "_UI_CompletionQueue_type"),
				 NvmePackage.Literals.COMPLETION_QUEUE__LABEL,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(NvmePackage.Literals.COMPLETION_QUEUE__ENTRIES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns CompletionQueue.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CompletionQueue"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CompletionQueue)object).getLabel();
		return label == null || label.length() == 0 ?
			getString("_UI_CompletionQueue_type") :
			getString("_UI_CompletionQueue_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(CompletionQueue.class)) {
			case NvmePackage.COMPLETION_QUEUE__QID:
			case NvmePackage.COMPLETION_QUEUE__SIZE:
			case NvmePackage.COMPLETION_QUEUE__VECTOR:
			case NvmePackage.COMPLETION_QUEUE__ADDRESS:
			case NvmePackage.COMPLETION_QUEUE__CREATED:
			case NvmePackage.COMPLETION_QUEUE__TAIL:
			case NvmePackage.COMPLETION_QUEUE__PHASE:
			case NvmePackage.COMPLETION_QUEUE__CONTROLLER_HEAD:
			case NvmePackage.COMPLETION_QUEUE__HOST_HEAD:
			case NvmePackage.COMPLETION_QUEUE__HOST_PHASE:
			case NvmePackage.COMPLETION_QUEUE__DOORBELL:
			case NvmePackage.COMPLETION_QUEUE__UNCONSUMED:
			case NvmePackage.COMPLETION_QUEUE__COMPLETIONS:
			case NvmePackage.COMPLETION_QUEUE__MMIO_DOORBELLS:
			case NvmePackage.COMPLETION_QUEUE__SKIPPED_DOORBELLS:
			case NvmePackage.COMPLETION_QUEUE__INTERRUPTS:
			case NvmePackage.COMPLETION_QUEUE__LABEL:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case NvmePackage.COMPLETION_QUEUE__ENTRIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return RingsideEditPlugin.INSTANCE;
	}

}
